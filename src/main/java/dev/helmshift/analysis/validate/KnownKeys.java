package dev.helmshift.analysis.validate;

import dev.helmshift.analysis.values.EditDistance;
import dev.helmshift.analysis.values.ValuePaths;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys a chart knows: every path of its coalesced defaults (maps and leaves) and every path its templates read.
 * A path is known when it is one of those, when it lies under a path a template reads whole (e.g. {@code toYaml
 * .Values.resources} makes {@code resources.limits} known), or under an empty or null default map (free-form maps such
 * as {@code podAnnotations: {}}).
 */
public final class KnownKeys {
    private final Set<String> defaults = new TreeSet<>();
    private final Set<String> freeForm = new TreeSet<>();
    private final Set<String> referenced;

    public KnownKeys(Map<String, Object> coalescedDefaults, Set<String> templateReferences) {
        index(coalescedDefaults, "");
        this.referenced = new TreeSet<>(templateReferences);
    }

    @SuppressWarnings("unchecked")
    private void index(Map<String, Object> map, String prefix) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String path = ValuePaths.child(prefix, e.getKey());
            defaults.add(path);
            if (e.getValue() instanceof Map<?, ?> child) {
                if (child.isEmpty()) {
                    freeForm.add(path);
                } else {
                    index((Map<String, Object>) child, path);
                }
            } else if (e.getValue() == null) {
                freeForm.add(path);
            }
        }
    }

    public boolean inDefaults(String path) {
        return defaults.contains(path);
    }

    public boolean isKnown(String path) {
        if (defaults.contains(path) || referenced.contains(path)) {
            return true;
        }
        for (String r : referenced) {
            if (path.startsWith(r + ".") || path.startsWith(r + "[") || r.startsWith(path + ".")) {
                return true;
            }
        }
        for (String f : freeForm) {
            if (path.startsWith(f + ".") || path.startsWith(f + "[")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The closest known key: first among siblings (same parent) by the edit distance of the last name; then the same
     * name moved deeper or higher on the same branch ({@code a.x -> a.b.x}); then any known path whose distance to the
     * whole path is small. "Small" is measured against the last name: at most a third of its length, at least 1, and
     * 2 from 6 characters on, so short names do not attract random neighbours.
     */
    public Optional<String> suggest(String unknownPath) {
        String parent = ValuePaths.parent(unknownPath);
        String name = ValuePaths.lastSegment(unknownPath);
        int limit = limit(name);
        Set<String> all = new TreeSet<>(defaults);
        all.addAll(referenced);
        Optional<String> sibling = all.stream()
                .filter(p -> ValuePaths.parent(p).equals(parent) && !p.equals(unknownPath))
                .filter(p -> EditDistance.between(name, ValuePaths.lastSegment(p)) <= limit)
                .min(Comparator.comparingInt((String p) -> EditDistance.between(name, ValuePaths.lastSegment(p)))
                        .thenComparing(p -> p));
        if (sibling.isPresent()) {
            return sibling;
        }
        Optional<String> moved = all.stream()
                .filter(p -> ValuePaths.lastSegment(p).equals(name) && !p.equals(unknownPath))
                .filter(p -> sameBranch(parent, ValuePaths.parent(p)))
                .min(Comparator.comparingInt((String p) -> EditDistance.between(unknownPath, p)).thenComparing(p -> p));
        if (moved.isPresent()) {
            return moved;
        }
        return all.stream()
                .filter(p -> EditDistance.between(unknownPath, p) <= limit)
                .min(Comparator.comparingInt((String p) -> EditDistance.between(unknownPath, p)).thenComparing(p -> p));
    }

    private static boolean sameBranch(String parent, String otherParent) {
        if (parent.isEmpty() || otherParent.isEmpty()) {
            return false;
        }
        return otherParent.startsWith(parent + ".") || parent.startsWith(otherParent + ".");
    }

    private static int limit(String name) {
        return Math.max(name.length() >= 6 ? 2 : 1, name.length() / 3);
    }

    /** Every known path, sorted (for tests and reports). */
    public List<String> paths() {
        Set<String> all = new TreeSet<>(defaults);
        all.addAll(referenced);
        return List.copyOf(all);
    }
}
