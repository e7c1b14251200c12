package dev.helmshift.template.funcs.codec;

import dev.helmshift.template.funcs.value.GoFloats;
import dev.helmshift.template.funcs.value.GoPrint;

import java.util.List;
import java.util.Map;

/**
 * Go's encoding/json Marshal for the value model: map keys sorted, floats in Go's form, and by default the HTML-safe
 * escapes ({@code \u003c}, {@code \u003e}, {@code \u0026}) that {@code json.Marshal} always applies.
 */
public final class GoJsonEncoder {
    private final boolean escapeHtml;
    private final String indent;

    private GoJsonEncoder(boolean escapeHtml, String indent) {
        this.escapeHtml = escapeHtml;
        this.indent = indent;
    }

    /** {@code json.Marshal}. */
    public static String marshal(Object v) {
        return new GoJsonEncoder(true, null).encode(v);
    }

    /** {@code json.MarshalIndent(v, "", "  ")}. */
    public static String marshalIndent(Object v) {
        return new GoJsonEncoder(true, "  ").encode(v);
    }

    /** An Encoder with SetEscapeHTML(false), without the trailing newline (Sprig's toRawJson). */
    public static String marshalRaw(Object v) {
        return new GoJsonEncoder(false, null).encode(v);
    }

    private String encode(Object v) {
        StringBuilder sb = new StringBuilder();
        write(sb, v, 0);
        return sb.toString();
    }

    private void write(StringBuilder sb, Object v, int depth) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            writeString(sb, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            sb.append(v);
        } else if (v instanceof Double d) {
            if (!GoFloats.isFinite(d)) {
                throw new GoJsonException("json: unsupported value: " + GoFloats.formatG(d));
            }
            sb.append(GoFloats.formatJson(d));
        } else if (v instanceof JsonValue jv) {
            write(sb, jv.jsonValue(), depth);
        } else if (v instanceof List<?> list) {
            writeList(sb, list, depth);
        } else if (v instanceof Map<?, ?> map) {
            writeMap(sb, map, depth);
        } else {
            throw new GoJsonException("json: unsupported type: " + v.getClass().getSimpleName());
        }
    }

    private void writeList(StringBuilder sb, List<?> list, int depth) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            newline(sb, depth + 1);
            write(sb, list.get(i), depth + 1);
        }
        if (!list.isEmpty()) {
            newline(sb, depth);
        }
        sb.append(']');
    }

    private void writeMap(StringBuilder sb, Map<?, ?> map, int depth) {
        sb.append('{');
        boolean first = true;
        for (String key : GoPrint.sortedKeys(map)) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            newline(sb, depth + 1);
            writeString(sb, key);
            sb.append(indent == null ? ":" : ": ");
            write(sb, map.get(key), depth + 1);
        }
        if (!map.isEmpty()) {
            newline(sb, depth);
        }
        sb.append('}');
    }

    private void newline(StringBuilder sb, int depth) {
        if (indent != null) {
            sb.append('\n').append(indent.repeat(depth));
        }
    }

    private void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20 || (escapeHtml && (c == '<' || c == '>' || c == '&'))) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !validPair(s, i)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
