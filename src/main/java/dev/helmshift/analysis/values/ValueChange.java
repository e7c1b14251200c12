package dev.helmshift.analysis.values;

/**
 * One difference between two values trees.
 *
 * @param kind     added, removed or changed
 * @param path     the key path
 * @param oldValue the value in A (null when added)
 * @param newValue the value in B (null when removed)
 */
public record ValueChange(Kind kind, String path, Object oldValue, Object newValue) {
    public enum Kind { ADDED, REMOVED, CHANGED }
}
