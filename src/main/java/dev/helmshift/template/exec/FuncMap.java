package dev.helmshift.template.exec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The functions templates may call, by name: Go's builtins plus what the embedder adds (Sprig, Helm). A later
 * {@link #put} replaces an earlier one of the same name, as Go's {@code Funcs} does. The parser rejects calls to
 * names that are not here ({@code function "x" not defined}).
 *
 * <p>The Go builtins {@code and}, {@code or} are evaluated by the executor itself (they need their arguments
 * unevaluated to short-circuit); registering another function under those names replaces that behaviour, as in Go.
 */
public final class FuncMap {
    private final Map<String, GoFunction> functions = new LinkedHashMap<>();

    public FuncMap put(GoFunction function) {
        functions.put(function.name(), function);
        return this;
    }

    public FuncMap put(String name, Signature signature, FunctionBody body) {
        return put(new GoFunction(name, signature, body));
    }

    public FuncMap putAll(FuncMap other) {
        functions.putAll(other.functions);
        return this;
    }

    /** The function of that name, or null. */
    public GoFunction get(String name) {
        return functions.get(name);
    }

    public boolean contains(String name) {
        return functions.containsKey(name);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(functions.keySet());
    }

    public FuncMap copy() {
        return new FuncMap().putAll(this);
    }
}
