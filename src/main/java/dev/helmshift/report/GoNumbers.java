package dev.helmshift.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers as Go shows values read from YAML: every such number is a float64, and a whole one prints without a
 * fraction ({@code 3}, not {@code 3.0}). Applied to plain trees before they are written as YAML or one-line JSON.
 */
public final class GoNumbers {
    private GoNumbers() {
    }

    public static Object forDisplay(Object value) {
        if (value instanceof Double d && !d.isInfinite() && !d.isNaN() && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GoNumbers::forDisplay).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, forDisplay(v)));
            return out;
        }
        return value;
    }
}
