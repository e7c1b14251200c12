package dev.helmshift.chart.schema.golang;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Go's {@code %T} of a value of the values model: the Go type helm holds it as. */
public final class GoTypes {
    private GoTypes() {
    }

    public static String name(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Float) {
            return "float32";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof BigInteger) {
            return "uint64";
        }
        if (v instanceof JsonNumber) {
            return "json.Number";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        return v.getClass().getSimpleName();
    }
}
