package dev.helmshift.template.funcs.codec;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.value.GoFloats;
import dev.helmshift.template.funcs.value.GoStrconv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * YAML output as Helm produces it.
 * <ul>
 *   <li>{@link #marshalLikeHelm}: Helm's {@code toYaml} (sigs.k8s.io/yaml): the value is first encoded as JSON, the
 *   JSON read back by go-yaml v2 (so every number is re-read: 80.0 prints {@code 80}, 1e20 {@code 1e+20}), then
 *   written by go-yaml v2: keys in its natural order, sequences not indented under their key, long lines folded.</li>
 *   <li>{@link #marshalPretty}: Helm's {@code toYamlPretty} (go-yaml v3, indent 2): sequences indented, no folding.</li>
 * </ul>
 */
public final class GoYaml {
    private GoYaml() {
    }

    private static final int GO_YAML_V2_WIDTH = 80;

    /** The YAML text with its final newline; throws GoJsonException where Go's JSON step fails (NaN, +Inf). */
    public static String marshalLikeHelm(Object value) {
        return new YamlEmitter(false, GO_YAML_V2_WIDTH).document(throughJson(value));
    }

    /** go-yaml v3 with indent 2, as {@code toYamlPretty}; the YAML text with its final newline. */
    public static String marshalPretty(Object value) {
        return new YamlEmitter(true, -1).document(direct(value));
    }

    private static Object throughJson(Object v) {
        if (v instanceof JsonValue jv) {
            return throughJson(jv.jsonValue());
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>(YamlKeyOrder.INSTANCE);
            map.forEach((k, val) -> sorted.put(rereadString(GoBytes.toValidUtf8(String.valueOf(k))), throughJson(val)));
            return sorted;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(throughJson(item)));
            return out;
        }
        if (v == null) {
            return new YamlEmitter.Plain("null");
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return new YamlEmitter.Plain(v.toString());
        }
        if (v instanceof Double d) {
            if (!GoFloats.isFinite(d)) {
                throw new GoJsonException("json: unsupported value: " + GoFloats.formatG(d));
            }
            return new YamlEmitter.Plain(rereadNumber(GoFloats.formatJson(d)));
        }
        if (v instanceof String s) {
            return rereadString(GoBytes.toValidUtf8(s));   // JSON writes U+FFFD for each byte that is not UTF-8
        }
        throw new GoJsonException("json: unsupported type: " + v.getClass().getSimpleName());
    }

    /**
     * Go's JSON leaves U+0085 (NEL) unescaped, and go-yaml reads it inside the double-quoted JSON string as a line
     * break, which folds: one break becomes a space (blanks around it dropped), n breaks become n-1 newlines.
     */
    private static String rereadString(String s) {
        if (s.indexOf('\u0085') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u0085') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            int breaks = 0;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\u0085')) {
                breaks += s.charAt(j) == '\u0085' ? 1 : 0;
                j++;
            }
            out.append(breaks == 0 ? s.substring(i, j) : breaks == 1 ? " " : "\n".repeat(breaks - 1));
            i = j;
        }
        return out.toString();
    }

    /** How go-yaml v2 reads a JSON number and writes it again: as an integer when it is one, else as 'g'. */
    private static String rereadNumber(String json) {
        try {
            return Long.toString(GoStrconv.parseInt(json, 0));
        } catch (NumberFormatException e) {
            if (json.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                java.math.BigInteger big = new java.math.BigInteger(json);
                if (big.bitLength() <= 64) {
                    return big.toString();
                }
            }
            return yamlFloat(Double.parseDouble(json));
        }
    }

    static String yamlFloat(double d) {
        if (Double.isNaN(d)) {
            return ".nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? ".inf" : "-.inf";
        }
        return GoFloats.formatG(d);
    }

    private static Object direct(Object v) {
        if (v instanceof JsonValue jv) {
            return direct(jv.jsonValue());
        }
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>(YamlKeyOrder.INSTANCE);
            map.forEach((k, val) -> sorted.put(String.valueOf(k), direct(val)));
            Map<Object, Object> keyed = new LinkedHashMap<>();
            sorted.forEach((k, val) -> keyed.put(GoBytes.hasRawBytes(k) ? YamlEmitter.Binary.of(k) : k, val));
            return keyed;
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(direct(item)));
            return out;
        }
        if (v == null) {
            return new YamlEmitter.Plain("null");
        }
        if (v instanceof Double d) {
            return new YamlEmitter.Plain(yamlFloat(d));
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return new YamlEmitter.Plain(v.toString());
        }
        if (v instanceof String s && GoBytes.hasRawBytes(s)) {
            return YamlEmitter.Binary.of(s);
        }
        return v.toString();
    }
}
