package dev.helmshift.template.exec;

/**
 * A Go struct (or pointer to struct, or named type with methods) exposed to templates: {@code .Release},
 * {@code .Chart}, {@code .Capabilities}, {@code .Files}, semver versions.
 *
 * <p>Field evaluation {@code .X} follows Go: a method named X is looked up first (and called with the arguments of
 * the command, if any); then a field; if neither exists the error is
 * {@code can't evaluate field X in type TYPE} with {@link #goTypeName()}.
 *
 * <p>A named slice or map type with methods (Helm's {@code chartutil.VersionSet}, {@code engine.files} that
 * {@code .Files.Glob} returns) implements GoStruct and also {@link java.util.List} or {@link java.util.Map}: methods
 * are found first, then it behaves as the list or map (map keys as fields, {@code range}, {@code index}, {@code len},
 * printing), and its elements are concrete values (not {@code interface {}}).
 */
public interface GoStruct extends GoTyped {

    /** A marker for "no such field", distinct from a field whose value is nil (null). */
    Object NO_FIELD = new Object() {
        @Override
        public String toString() {
            return "NO_FIELD";
        }
    };

    /** The Go type name as Go prints it in errors and {@code %T}, e.g. {@code *chart.Metadata}. */
    @Override
    String goTypeName();

    /** The value of the exported field, or {@link #NO_FIELD}. */
    Object field(String name);

    /** The method of that name (without the receiver in its signature), or null. */
    default GoFunction method(String name) {
        return null;
    }

    /**
     * How {@code %v} prints this value, as Go's fmt would (e.g. {@code &{v1 v2}} for a pointer to a struct, or the
     * result of its String method). The default is only a readable fallback.
     */
    default String goString() {
        return "{" + goTypeName() + "}";
    }
}
