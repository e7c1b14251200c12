package dev.helmshift.analysis.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Path-based diff of two values trees (see {@link ValuePaths#leaves}): keys added, removed and changed, sorted by path.
 * Lists are compared whole and keep their order. A key that turns from a map into a scalar (or back) shows as the
 * removal of the old leaves and the addition of the new one.
 */
public record ValuesDiff(List<ValueChange> changes) {
    public ValuesDiff {
        changes = List.copyOf(changes);
    }

    public static ValuesDiff between(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> left = ValuePaths.leaves(a);
        Map<String, Object> right = ValuePaths.leaves(b);
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (String path : paths) {
            boolean inA = left.containsKey(path);
            boolean inB = right.containsKey(path);
            if (inA && !inB) {
                changes.add(new ValueChange(ValueChange.Kind.REMOVED, path, left.get(path), null));
            } else if (!inA) {
                changes.add(new ValueChange(ValueChange.Kind.ADDED, path, null, right.get(path)));
            } else if (!sameValue(left.get(path), right.get(path))) {
                changes.add(new ValueChange(ValueChange.Kind.CHANGED, path, left.get(path), right.get(path)));
            }
        }
        return new ValuesDiff(changes);
    }

    public List<ValueChange> of(ValueChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /**
     * Removed keys that reappear elsewhere with the same value: the same last name one or more levels deeper or
     * higher on the same branch ({@code a.b.x -> a.b.c.x}), or the same parent with a name within edit distance 2. Each removed and each added key is used at most once.
     */
    public List<ValueRename> renames() {
        List<ValueChange> added = new ArrayList<>(of(ValueChange.Kind.ADDED));
        List<ValueRename> renames = new ArrayList<>();
        for (ValueChange removed : of(ValueChange.Kind.REMOVED)) {
            String name = ValuePaths.lastSegment(removed.path());
            String parent = ValuePaths.parent(removed.path());
            for (ValueChange candidate : added) {
                String otherName = ValuePaths.lastSegment(candidate.path());
                String otherParent = ValuePaths.parent(candidate.path());
                boolean moved = otherName.equals(name) && !otherParent.equals(parent)
                        && (otherParent.startsWith(parent) || parent.startsWith(otherParent));
                boolean renamed = ValuePaths.parent(candidate.path()).equals(parent)
                        && EditDistance.between(name, otherName) <= 2;
                if ((moved || renamed) && sameValue(removed.oldValue(), candidate.newValue())) {
                    renames.add(new ValueRename(removed.path(), candidate.path()));
                    added.remove(candidate);
                    break;
                }
            }
        }
        return renames;
    }

    /** Go compares YAML numbers as float64: 1 and 1.0 are the same value. */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }
}
