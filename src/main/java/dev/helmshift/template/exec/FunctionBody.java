package dev.helmshift.template.exec;

/**
 * The Java body of a template function or method.
 *
 * <p>It receives arguments already evaluated and checked against the {@link Signature} (values of the value model:
 * null, Boolean, String, Integer, Long, Double, List, Map, {@link GoStruct}); for a variadic signature the trailing
 * arguments are passed individually at the end of {@code args}. It returns a value of the value model (null is Go's
 * nil). To fail as a Go function returning an error, throw {@link FunctionException}: the executor reports it as
 * {@code error calling NAME: MESSAGE}.
 */
@FunctionalInterface
public interface FunctionBody {
    Object call(CallContext context, Object[] args);
}
