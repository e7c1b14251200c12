package dev.helmshift.template.exec;

/**
 * A value that knows its Go type name, for {@code %T}, {@code printf} error forms and error messages: a Go struct
 * ({@link GoStruct}), or a list or map of a concrete Go type such as {@code []string} or {@code map[string]string}
 * (elements of such a typed collection are concrete values, not {@code interface {}}).
 */
public interface GoTyped {
    /** The Go type name as Go prints it, e.g. {@code []string} or {@code *chart.Metadata}. */
    String goTypeName();
}
