package dev.helmshift.analysis.values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dotted key paths over values maps: {@code global.mtls.enabled}. A key that itself holds a dot (annotation names
 * such as {@code sidecar.istio.io/inject}) is written in brackets: {@code podAnnotations["sidecar.istio.io/inject"]}.
 */
public final class ValuePaths {
    private ValuePaths() {
    }

    public static String child(String parent, String key) {
        String segment = key.contains(".") ? "[\"" + key + "\"]" : key;
        if (parent.isEmpty()) {
            return segment;
        }
        return segment.startsWith("[") ? parent + segment : parent + "." + segment;
    }

    /**
     * The leaves of a values tree by path, sorted by path. Scalars, lists (kept whole, in order) and empty maps are
     * leaves; non-empty maps are walked.
     */
    public static Map<String, Object> leaves(Map<String, Object> values) {
        Map<String, Object> out = new TreeMap<>();
        walk(values, "", out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> map, String prefix, Map<String, Object> out) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String path = child(prefix, String.valueOf(e.getKey()));
            if (e.getValue() instanceof Map<?, ?> m && !m.isEmpty()) {
                walk((Map<String, Object>) m, path, out);
            } else {
                out.put(path, e.getValue());
            }
        }
    }

    /** The last segment of a path, without brackets or quotes. */
    public static String lastSegment(String path) {
        if (path.endsWith("\"]")) {
            int open = path.lastIndexOf("[\"");
            return path.substring(open + 2, path.length() - 2);
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The parent of a path ("" for a top-level key). */
    public static String parent(String path) {
        if (path.endsWith("\"]")) {
            return path.substring(0, path.lastIndexOf("[\""));
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The kind of a Go value, as messages name it: bool, number, string, map, list, null. */
    public static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Map<?, ?>) {
            return "map";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        return "string";
    }

    /** A copy of a values tree with sorted keys at every level (Go's order), for printing. */
    @SuppressWarnings("unchecked")
    public static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            new TreeMap<>((Map<String, Object>) map).forEach((k, v) -> out.put(k, sorted(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ValuePaths::sorted).toList();
        }
        return value;
    }
}
