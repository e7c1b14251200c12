package dev.helmshift.chart.values;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.helmshift.chart.ValueTrees.asTable;
import static dev.helmshift.chart.ValueTrees.isTable;

/** Helm's dotted value paths (Values.Table, Values.PathValue, pathToMap). Keys are split on '.' with no escaping. */
public final class ValuePaths {
    private ValuePaths() {
    }

    /** The table at a dotted path, or null when some step is missing or not a table. */
    public static Map<String, Object> table(Map<String, Object> values, String path) {
        Map<String, Object> current = values;
        for (String part : path.split("\\.", -1)) {
            Object next = current.get(part);
            if (!isTable(next)) {
                return null;
            }
            current = asTable(next);
        }
        return current;
    }

    /** The outcome of a PathValue lookup: found (the value may be null), or absent. */
    public record Lookup(boolean found, Object value) {
    }

    /** Values.PathValue: a non-table value at the dotted path. */
    public static Lookup pathValue(Map<String, Object> values, String path) {
        if (path.isEmpty()) {
            return new Lookup(false, null);
        }
        int dot = path.lastIndexOf('.');
        Map<String, Object> table = dot < 0 ? values : table(values, path.substring(0, dot));
        String key = path.substring(dot + 1);
        if (table == null || !table.containsKey(key) || isTable(table.get(key))) {
            return new Lookup(false, null);
        }
        return new Lookup(true, table.get(key));
    }

    /** pathToMap: nests {@code data} under the dotted path; "." is the root itself. */
    public static Map<String, Object> nest(String path, Map<String, Object> data) {
        if (path.equals(".")) {
            return data;
        }
        String[] parts = path.split("\\.", -1);
        Map<String, Object> result = data;
        for (int i = parts.length - 1; i >= 0; i--) {
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put(parts[i], result);
            result = outer;
        }
        return result;
    }
}
