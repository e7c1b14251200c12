package dev.helmshift.template.exec;

/**
 * A Go struct type taken by value, such as {@code sprig.certificate}: only a {@link GoStruct} whose
 * {@link GoStruct#goTypeName()} is {@code goName} is assignable to it, and it cannot be nil.
 *
 * @param goName the Go type name, as Go prints it ({@code sprig.certificate})
 */
public record NamedType(String goName) implements ParamType {
    public NamedType {
        if (goName == null || goName.isEmpty()) {
            throw new IllegalArgumentException("a named type needs a name");
        }
    }

    boolean accepts(Object value) {
        return value instanceof GoStruct struct && struct.goTypeName().equals(goName);
    }
}
