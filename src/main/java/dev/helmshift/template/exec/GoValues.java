package dev.helmshift.template.exec;

import java.util.List;
import java.util.Map;

/** Go's view of the Java values of the value model: type names and truth. */
public final class GoValues {
    private GoValues() {
    }

    /** The Go type name of a value as {@code %T} prints it; {@code <nil>} for null. */
    public static String typeName(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof GoTyped typed) {
            return typed.goTypeName();
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Long) {
            return "int64";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Float) {
            return "float32";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        if (v instanceof byte[]) {
            return "[]uint8";
        }
        if (v instanceof GoStruct s) {
            return s.goTypeName();
        }
        if (v instanceof GoFunction) {
            return "func(...)";
        }
        return v.getClass().getSimpleName();
    }

    /** Go's truth (text/template isTrue): not the zero value of its type; nil is false. */
    public static boolean isTrue(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof Float f) {
            return f != 0;
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof byte[] b) {
            return b.length > 0;
        }
        return true;
    }

    /** Whether the value is one of Go's integer kinds in the value model. */
    public static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
    }

    public static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float;
    }
}
