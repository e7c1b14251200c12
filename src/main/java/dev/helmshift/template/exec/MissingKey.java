package dev.helmshift.template.exec;

/** Go's {@code missingkey} option: what a map lookup of an absent key gives. */
public enum MissingKey {
    /** {@code missingkey=default}: the invalid value, printed {@code <no value>}; fields of it are silently empty. */
    DEFAULT,
    /**
     * {@code missingkey=zero} (Helm): the zero value of the element type, nil for map[string]interface{}: printed
     * {@code <no value>}, and a field of it is {@code nil pointer evaluating interface {}.x}.
     */
    ZERO,
    /** {@code missingkey=error} (Helm's strict lint): {@code map has no entry for key "x"}. */
    ERROR
}
