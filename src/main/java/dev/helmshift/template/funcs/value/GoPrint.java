package dev.helmshift.template.funcs.value;

import dev.helmshift.template.exec.GoStruct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code fmt.Sprint} of one value with the {@code %v} verb, for the value model. Sprig's {@code toString},
 * {@code cat}, {@code join} and {@code quote} print through it.
 *
 * <p>The engine owns Go's fmt (print/printf); this is the minimal subset Sprig needs, kept in the functions'
 * package so the two can be unified by pointing {@link #sprint} at the engine's formatter.
 */
public final class GoPrint {
    private GoPrint() {
    }

    public static String sprint(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("<nil>");
        } else if (v instanceof String s) {
            sb.append(s);
        } else if (v instanceof Double d) {
            sb.append(GoFloats.formatG(d));
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append("map[");
            boolean first = true;
            for (String key : sortedKeys(map)) {
                if (!first) {
                    sb.append(' ');
                }
                first = false;
                sb.append(key).append(':');
                append(sb, map.get(key));
            }
            sb.append(']');
        } else if (v instanceof GoStruct struct) {
            sb.append(struct.goString());
        } else {
            sb.append(v);
        }
    }

    /** Go's fmt and encoders print map keys sorted. */
    public static List<String> sortedKeys(Map<?, ?> map) {
        List<String> keys = new ArrayList<>();
        for (Object k : map.keySet()) {
            keys.add(String.valueOf(k));
        }
        Collections.sort(keys);
        return keys;
    }
}
