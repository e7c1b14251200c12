package dev.helmshift.template.funcs.value;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.exec.GoFmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code fmt.Sprint} of one value with the {@code %v} verb, as Sprig's {@code toString}, {@code cat}, {@code join}
 * and {@code quote} print it: the engine's Go fmt, so templates and functions print values alike.
 */
public final class GoPrint {
    private GoPrint() {
    }

    public static String sprint(Object v) {
        return GoFmt.formatValue(v);
    }

    /** Go's fmt and encoders print map keys sorted. */
    public static List<String> sortedKeys(Map<?, ?> map) {
        List<String> keys = new ArrayList<>();
        for (Object k : map.keySet()) {
            keys.add(String.valueOf(k));
        }
        keys.sort(GoBytes::compare);
        return keys;
    }
}
