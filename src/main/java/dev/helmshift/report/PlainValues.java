package dev.helmshift.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The native-image rule for JSON and YAML output: we write Jackson trees or plain Map/List/String/Number/Boolean/null
 * values, never our records, enums or other objects. Jackson and SnakeYAML turn those into JSON/YAML by reflection
 * (bean introspection), which a GraalVM native image only supports for registered classes, so an unregistered record
 * would print as {@code {}} in the native binary while every JVM test passes. This check makes that mistake fail on the
 * JVM, in every test that writes output.
 */
public final class PlainValues {
    private PlainValues() {
    }

    /** Returns {@code value} unchanged when it is plain throughout; otherwise names the first offending value and where. */
    public static <T> T require(T value) {
        check(value, "$");
        return value;
    }

    private static void check(Object value, String path) {
        if (value == null || value instanceof JsonNode || value instanceof String || value instanceof Boolean
                || isPlainNumber(value)) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw notPlain(e.getKey(), path + " (a map key)");
                }
                check(e.getValue(), path + "." + key);
            }
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                check(item, path + "[" + i++ + "]");
            }
            return;
        }
        throw notPlain(value, path);
    }

    private static boolean isPlainNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof BigDecimal;
    }

    private static IllegalArgumentException notPlain(Object value, String path) {
        return new IllegalArgumentException("JSON/YAML output takes plain values only, but " + path + " is a "
                + value.getClass().getName() + " (build a Map, a List or a Jackson ObjectNode for it, and write an enum"
                + " with name(): binding objects by reflection breaks the native image)");
    }
}
