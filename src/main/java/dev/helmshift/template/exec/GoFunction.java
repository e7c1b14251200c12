package dev.helmshift.template.exec;

import java.util.Objects;

/**
 * A function that templates can call by name (a FuncMap entry), or a method of a {@link GoStruct}.
 *
 * @param name      the name templates use, and that errors print ({@code error calling NAME: ...})
 * @param signature the Go signature; arguments are checked against it before {@code body} runs
 * @param body      the implementation
 */
public record GoFunction(String name, Signature signature, FunctionBody body) {
    public GoFunction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(body, "body");
    }

    public static GoFunction of(String name, Signature signature, FunctionBody body) {
        return new GoFunction(name, signature, body);
    }
}
