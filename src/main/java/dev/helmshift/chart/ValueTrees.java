package dev.helmshift.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helpers for value trees (the Go value model: Map, List, String, Boolean, Long, Integer, Double, null).
 * The chart model keeps frozen (deeply unmodifiable) trees; code that merges values works on a mutable deep copy,
 * as Helm copies before it coalesces.
 */
public final class ValueTrees {
    private ValueTrees() {
    }

    /** A deeply unmodifiable copy; maps keep their order and may hold null values. */
    public static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            return freezeMap(asTable(map));
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(freeze(item));
            }
            return Collections.unmodifiableList(out);
        }
        return value;
    }

    /** A deeply unmodifiable copy of a table. */
    public static Map<String, Object> freezeMap(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, freeze(v)));
        return Collections.unmodifiableMap(out);
    }

    /** A deeply mutable copy (LinkedHashMap and ArrayList all the way down). */
    public static Object mutableCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            return mutableCopyMap(asTable(map));
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(mutableCopy(item));
            }
            return out;
        }
        return value;
    }

    /** A deeply mutable copy of a table; null gives an empty table. */
    public static Map<String, Object> mutableCopyMap(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> out.put(k, mutableCopy(v)));
        }
        return out;
    }

    /** True for a table (Go's map[string]interface{}). */
    public static boolean isTable(Object value) {
        return value instanceof Map<?, ?>;
    }

    /** The value as a table; callers check {@link #isTable} first. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asTable(Object value) {
        return (Map<String, Object>) value;
    }
}
