package dev.helmshift.template.funcs.value;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.GoStruct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Go value semantics Sprig relies on: emptiness, reflect.DeepEqual, strval and strslice. */
public final class GoValues {
    private GoValues() {
    }

    /**
     * Sprig's {@code empty}: nil, false, 0, "" and empty lists and maps are empty; structs never are.
     */
    public static boolean empty(Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof String s) {
            return s.isEmpty();
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        if (v instanceof Integer i) {
            return i == 0;
        }
        if (v instanceof Long l) {
            return l == 0;
        }
        if (v instanceof Double d) {
            return d == 0;
        }
        if (v instanceof List<?> l) {
            return l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        return false;
    }

    /** {@code reflect.DeepEqual}: same Go type and equal contents (an int 1 is not an int64 1 nor a float64 1). */
    public static boolean deepEqual(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!GoTypes.typeName(a).equals(GoTypes.typeName(b))) {
            return false;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!deepEqual(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            if (ma.size() != mb.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : ma.entrySet()) {
                if (!mb.containsKey(e.getKey()) || !deepEqual(e.getValue(), mb.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double da && b instanceof Double db) {
            return da.doubleValue() == db.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /** Sprig's {@code strval}: strings as they are, everything else as {@code %v} prints it. */
    public static String strval(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof byte[] bytes) {
            return GoBytes.decode(bytes);   // Go's string(v): the file's bytes as a string
        }
        return GoPrint.sprint(v);
    }

    /**
     * Sprig's {@code strslice}: a list becomes its non-nil elements printed with strval; nil becomes an empty list;
     * any other value a one-element list.
     */
    public static List<String> strslice(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    out.add(strval(item));
                }
            }
        } else if (v != null) {
            out.add(strval(v));
        }
        return out;
    }

    /** Whether v is a Go struct or pointer exposed to templates. */
    public static boolean isStruct(Object v) {
        return v instanceof GoStruct;
    }
}
