package dev.helmshift.chart.values;

import java.util.List;
import java.util.Map;

/** Short descriptions of values for messages. */
final class GoText {
    private GoText() {
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "a table";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String s) {
            return "the string \"" + s + "\"";
        }
        return "the value " + value;
    }
}
