package dev.helmshift.goyaml;

import dev.helmshift.gobytes.GoBytes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML as Helm reads it: sigs.k8s.io/yaml's {@code Unmarshal} up to the JSON text, i.e. go-yaml v2 reads the first
 * document into Go values, map keys become strings (numbers, booleans; other keys are refused), values meant for
 * string fields become text, and JSON encoding refuses NaN and infinities. The result is the JSON value model:
 * {@code Map<String, Object>}, {@code List<Object>}, String, Double (every number, as JSON makes it a float64),
 * Boolean and null. Decoding that JSON into the caller's Go type (and its type errors) is the caller's part.
 *
 * <p>Errors are {@link SigsYamlException}s worded as Helm prints them after the file name.
 */
public final class SigsYaml {
    private static final String FRAME = "error converting YAML to JSON: ";
    /** helmshift's own bound (go-yaml has none): no chart's YAML comes near it. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private SigsYaml() {
    }

    /** The JSON value of the first document of {@code yaml} (null for a stream without documents). */
    public static Object toJson(byte[] yaml, GoTarget target) {
        return toJson(YamlInput.of(yaml), target);
    }

    /** As {@link #toJson(byte[], GoTarget)}, for text already decoded (template output, fromYaml). */
    public static Object toJson(String yaml, GoTarget target) {
        return toJson(YamlInput.of(yaml), target);
    }

    private static Object toJson(YamlInput input, GoTarget target) {
        Object goValue;
        try {
            goValue = GoYamlValues.firstDocument(input);
        } catch (YamlSyntaxException e) {
            throw new SigsYamlException(FRAME + e.getMessage(), e.line(), e.column());
        }
        boolean[] nonFinite = {false};
        Object json = convert(goValue, target, nonFinite);
        String unsupported = nonFinite[0] ? firstNonFinite(json) : null;
        if (unsupported != null) {
            throw new SigsYamlException(FRAME + "json: unsupported value: " + unsupported, 0, 0);
        }
        return json;
    }

    /** JSON's name for the kind of a JSON value, as encoding/json's type errors say it. */
    public static String jsonKind(Object json) {
        if (json instanceof Map<?, ?>) {
            return "object";
        }
        if (json instanceof List<?>) {
            return "array";
        }
        if (json instanceof Double) {
            return "number";
        }
        if (json instanceof Boolean) {
            return "bool";
        }
        return "string";
    }

    /**
     * sigs.k8s.io/yaml's convertToJSONableObject, then what JSON makes of each number (a float64) and of each string
     * that is not UTF-8.
     */
    private static Object convert(Object value, GoTarget target, boolean[] nonFinite) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = GoBytes.toValidUtf8(keyString(e.getKey(), e.getValue()));
                GoTarget field = GoTarget.ANY;
                if (target instanceof GoTarget.Struct struct) {
                    GoTarget found = struct.field(key);
                    field = found != null ? found : GoTarget.ANY;
                } else if (target instanceof GoTarget.MapOf mapOf) {
                    field = mapOf.element();
                }
                out.put(key, convert(e.getValue(), field, nonFinite));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            GoTarget element = target instanceof GoTarget.ListOf listOf ? listOf.element() : GoTarget.ANY;
            List<Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(convert(item, element, nonFinite));
            }
            return out;
        }
        if (target instanceof GoTarget.Str) {
            String text = asStringField(value);
            if (text != null) {
                return text;
            }
        }
        if (value instanceof Long l) {
            return l.doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.doubleValue();
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            nonFinite[0] = true;
        }
        if (value instanceof String s) {
            return GoBytes.toValidUtf8(s);   // a !!binary value that is not UTF-8: JSON writes U+FFFD for each byte
        }
        return value;
    }

    /** The text sigs.k8s.io/yaml gives a number or boolean bound for a string field; null for anything else. */
    private static String asStringField(Object value) {
        if (value instanceof Long || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return GoFloat.formatG(d, true);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return null;
    }

    /**
     * The 1-based line of every mapping key of the first document, by key path (keys as {@link #toJson} makes them),
     * through nested mappings; keys that come from merges or aliases have none. For a document {@code toJson} read.
     */
    public static Map<List<String>, Integer> keyLines(byte[] yaml) {
        Map<List<String>, Integer> lines = new LinkedHashMap<>();
        Node root = YamlComposer.firstDocument(YamlInput.of(yaml));
        if (root != null) {
            keyLines(root, List.of(), lines);
        }
        return lines;
    }

    private static void keyLines(Node mapping, List<String> path, Map<List<String>, Integer> lines) {
        if (mapping.kind != Node.Kind.MAPPING) {
            return;
        }
        for (int i = 0; i + 1 < mapping.children.size(); i += 2) {
            Node key = mapping.children.get(i);
            if (key.kind != Node.Kind.SCALAR || key.value.equals("<<") && key.implicit) {
                continue;
            }
            List<String> child = new ArrayList<>(path);
            child.add(keyString(GoDecoder.decode(key), null));
            lines.put(List.copyOf(child), key.line + 1);
            keyLines(mapping.children.get(i + 1), child, lines);
        }
    }

    private static String keyString(Object key, Object value) {
        if (key instanceof String s) {
            return s;
        }
        if (key instanceof Long l) {
            return l.toString();
        }
        if (key instanceof Double d) {
            String s = GoFloat.formatG(d, true);
            return switch (s) {
                case "+Inf" -> ".inf";
                case "-Inf" -> "-.inf";
                case "NaN" -> ".nan";
                default -> s;
            };
        }
        if (key instanceof Boolean b) {
            return b.toString();
        }
        throw new SigsYamlException(FRAME + "unsupported map key of type: " + GoSyntax.typeName(key) + ", key: "
                + GoSyntax.of(key) + ", value: " + GoSyntax.of(value), 0, 0);
    }

    /** The first NaN or infinity json.Marshal meets (it walks map keys in sorted order), as Go prints it. */
    private static String firstNonFinite(Object json) {
        if (json instanceof Double d) {
            return d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "+Inf" : "-Inf") : null;
        }
        if (json instanceof List<?> list) {
            for (Object item : list) {
                String found = firstNonFinite(item);
                if (found != null) {
                    return found;
                }
            }
        } else if (json instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add((String) k));
            keys.sort(GoBytes::compare);
            for (String key : keys) {
                String found = firstNonFinite(map.get(key));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
