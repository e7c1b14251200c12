package dev.helmshift.template.funcs.codec;

import dev.helmshift.template.funcs.value.GoFloats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import com.google.re2j.Pattern;

/**
 * TOML as Helm's {@code toToml} writes it (BurntSushi/toml's encoder): keys sorted, plain keys of a table before its
 * sub-tables, sub-tables indented two spaces per level, a blank line before each top-level table and each array of
 * tables, floats always with a decimal point or exponent, nil values left out.
 */
public final class GoTomlEncoder {
    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private final StringBuilder out = new StringBuilder();

    private GoTomlEncoder() {
    }

    /** The TOML text, or the encoder's error text (Helm returns it as the result). */
    public static String encode(Object value) {
        try {
            return encodeOrThrow(value);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String encodeOrThrow(Object value) {
        GoTomlEncoder encoder = new GoTomlEncoder();
        if (value instanceof Map<?, ?> map) {
            encoder.table(List.of(), map);
        } else {
            encoder.element(value);
        }
        return encoder.out.toString();
    }

    private void table(List<String> key, Map<?, ?> map) {
        Map<String, Object> direct = new TreeMap<>();
        Map<String, Object> sub = new TreeMap<>();
        map.forEach((k, v) -> {
            if (v == null) {
                return;
            }
            if (isTable(v) || isArrayOfTables(v)) {
                sub.put(String.valueOf(k), v);
            } else {
                direct.put(String.valueOf(k), v);
            }
        });
        direct.forEach((k, v) -> {
            List<String> path = append(key, k);
            out.append(indent(path)).append(quoteKey(k)).append(" = ");
            element(v);
            newline();
        });
        sub.forEach((k, v) -> {
            List<String> path = append(key, k);
            if (v instanceof Map<?, ?> m) {
                if (path.size() == 1) {
                    newline();
                }
                out.append(indent(path)).append('[').append(keyPath(path)).append(']');
                newline();
                table(path, m);
            } else {
                for (Object item : (List<?>) v) {
                    if (item == null) {
                        continue;
                    }
                    newline();
                    out.append(indent(path)).append("[[").append(keyPath(path)).append("]]");
                    newline();
                    table(path, (Map<?, ?>) item);
                }
            }
        });
    }

    private void element(Object v) {
        if (v instanceof String s) {
            out.append(quote(s));
        } else if (v instanceof Double d) {
            out.append(tomlFloat(d));
        } else if (v instanceof List<?> list) {
            if (list.contains(null)) {
                throw new IllegalArgumentException("toml: cannot encode array with nil element");
            }
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                element(list.get(i));
            }
            out.append(']');
        } else if (v instanceof Map<?, ?> map) {
            out.append('{');
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, val) -> {
                if (val != null) {
                    sorted.put(String.valueOf(k), val);
                }
            });
            int i = 0;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (i++ > 0) {
                    out.append(", ");
                }
                out.append(quoteKey(e.getKey())).append(" = ");
                element(e.getValue());
            }
            out.append('}');
        } else if (v instanceof TomlLiteral literal) {
            out.append(literal.tomlLiteral());
        } else if (v instanceof JsonValue jv) {
            element(jv.jsonValue());
        } else {
            out.append(v);
        }
    }

    private static String tomlFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String s = GoFloats.formatG(d);
        return s.contains(".") || s.contains("e") ? s : s + ".0";
    }

    private void newline() {
        if (out.length() > 0) {
            out.append('\n');
        }
    }

    private static boolean isTable(Object v) {
        return v instanceof Map;
    }

    private static boolean isArrayOfTables(Object v) {
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            return false;
        }
        for (Object item : list) {
            if (!(item instanceof Map)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> append(List<String> key, String k) {
        List<String> path = new ArrayList<>(key);
        path.add(k);
        return path;
    }

    private static String indent(List<String> path) {
        return "  ".repeat(Math.max(0, path.size() - 1));
    }

    private static String keyPath(List<String> path) {
        List<String> parts = new ArrayList<>();
        path.forEach(p -> parts.add(quoteKey(p)));
        return String.join(".", parts);
    }

    private static String quoteKey(String k) {
        return BARE_KEY.matcher(k).matches() ? k : quote(k);
    }

    /** BurntSushi's quoting (its dblQuotedReplacer): quote, backslash and the short escapes; other controls as u00xx. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\f' -> sb.append("\\f");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
