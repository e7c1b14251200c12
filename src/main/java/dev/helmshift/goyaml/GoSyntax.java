package dev.helmshift.goyaml;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code %#v} of the values go-yaml decodes, for the error texts that print a key or value
 * ({@code invalid map key: map[interface {}]interface {}{"a":1}}, sigs.k8s.io/yaml's unsupported map keys).
 */
final class GoSyntax {
    private GoSyntax() {
    }

    static String of(Object value) {
        if (value == null) {
            return "<nil>";
        }
        return nested(value);
    }

    /** The Go type name of a decoded value, as {@code %s} of its reflect.Type prints it. */
    static String typeName(Object value) {
        if (value == null) {
            return "%!s(<nil>)";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "int";
        }
        if (value instanceof BigInteger) {
            return "uint64";
        }
        if (value instanceof Double) {
            return "float64";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof List<?>) {
            return "[]interface {}";
        }
        return "map[interface {}]interface {}";
    }

    private static String nested(Object value) {
        if (value == null) {
            return "interface {}(nil)";
        }
        if (value instanceof String s) {
            return GoQuote.quote(s);
        }
        if (value instanceof BigInteger big) {
            return "0x" + big.toString(16);
        }
        if (value instanceof Double d) {
            return GoFloat.formatG(d, false);
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(nested(item)));
            return "[]interface {}{" + String.join(", ", items) + "}";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.entrySet().stream().sorted((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())))
                    .forEach(e -> entries.add(nested(e.getKey()) + ":" + nested(e.getValue())));
            return "map[interface {}]interface {}{" + String.join(", ", entries) + "}";
        }
        return String.valueOf(value);
    }
}
