package dev.helmshift.template.exec;

/**
 * The Go type of a template function's parameter: one of the basic {@link GoType}s, or a {@link NamedType} such as
 * Sprig's {@code sprig.certificate}. The executor checks each argument against it as Go's text/template does.
 */
public sealed interface ParamType permits GoType, NamedType {
    /** The name Go prints in error messages. */
    String goName();
}
