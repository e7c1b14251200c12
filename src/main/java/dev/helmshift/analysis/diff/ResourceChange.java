package dev.helmshift.analysis.diff;

import java.util.List;

/**
 * One object of the manifest diff.
 *
 * @param kind   added, removed or changed
 * @param key    {@code kind/namespace/name}
 * @param source the template (the new one when it exists, else the old one)
 * @param diff   a unified diff of the normalized YAML (empty for added and removed objects)
 */
public record ResourceChange(Kind kind, String key, String source, List<String> diff) {
    public enum Kind { ADDED, CHANGED, REMOVED }

    public ResourceChange {
        diff = List.copyOf(diff);
    }
}
