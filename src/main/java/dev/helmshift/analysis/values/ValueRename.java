package dev.helmshift.analysis.values;

/** A key that looks moved or renamed: removed at {@code from}, added at {@code to} with the same value or last name. */
public record ValueRename(String from, String to) {
}
