package dev.helmshift.template.exec;

import java.util.List;

/**
 * The Go signature of a template function: fixed parameters, an optional variadic element type, and whether the Go
 * function returns an error as second result.
 *
 * @param params      fixed parameter types, in order
 * @param variadic    the element type of a trailing {@code ...T} parameter, or null when not variadic
 * @param returnsError whether the Go function returns {@code (T, error)}; informative, the Java body reports errors by
 *                     throwing {@link FunctionException} either way
 */
public record Signature(List<ParamType> params, ParamType variadic, boolean returnsError) {
    public Signature {
        params = List.copyOf(params);
    }

    /** {@code func(p...) T}. */
    public static Signature of(ParamType... params) {
        return new Signature(List.of(params), null, false);
    }

    /** {@code func(p..., rest ...v) T}. */
    public static Signature variadic(ParamType variadic, ParamType... params) {
        return new Signature(List.of(params), variadic, false);
    }

    /** The same signature, returning {@code (T, error)}. */
    public Signature withError() {
        return new Signature(params, variadic, true);
    }

    public boolean isVariadic() {
        return variadic != null;
    }
}
