package dev.helmshift.template.funcs.codec;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.value.GoStrconv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's encoding/json Unmarshal into {@code interface{}}: objects become maps, arrays lists, every number a float64
 * (Double). Syntax errors carry the scanner's text ({@code invalid character 'x' looking for beginning of value}).
 */
public final class GoJsonDecoder {
    private final String text;
    private int pos;

    private GoJsonDecoder(String text) {
        this.text = text;
    }

    /** Parses a whole JSON text; throws GoJsonException with Go's message on a syntax error. */
    public static Object parse(String text) {
        GoJsonDecoder decoder = new GoJsonDecoder(text);
        decoder.skipSpace();
        Object value = decoder.value("looking for beginning of value");
        decoder.skipSpace();
        if (decoder.pos < text.length()) {
            throw decoder.invalid("after top-level value");
        }
        return value;
    }

    /** Go's name for the JSON kind of a decoded value, as UnmarshalTypeError prints it. */
    public static String jsonKind(Object v) {
        if (v instanceof Map) {
            return "object";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Double) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        return "null";
    }

    private Object value(String context) {
        if (pos >= text.length()) {
            throw new GoJsonException("unexpected end of JSON input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw invalid(context);
            }
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            if (pos >= text.length()) {
                throw new GoJsonException("unexpected end of JSON input");
            }
            if (text.charAt(pos) != '"') {
                throw invalid("looking for beginning of object key string");
            }
            String key = string();
            skipSpace();
            if (pos >= text.length()) {
                throw new GoJsonException("unexpected end of JSON input");
            }
            if (text.charAt(pos) != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipSpace();
            map.put(key, value("looking for beginning of value"));
            skipSpace();
            if (pos >= text.length()) {
                throw new GoJsonException("unexpected end of JSON input");
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                skipSpace();
            } else if (c == '}') {
                pos++;
                return map;
            } else {
                throw invalid("after object key:value pair");
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value("looking for beginning of value"));
            skipSpace();
            if (pos >= text.length()) {
                throw new GoJsonException("unexpected end of JSON input");
            }
            char c = text.charAt(pos);
            if (c == ',') {
                pos++;
                skipSpace();
            } else if (c == ']') {
                pos++;
                return list;
            } else {
                throw invalid("after array element");
            }
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new GoJsonException("unexpected end of JSON input");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                // Go unquotes a byte that is not UTF-8, or an escaped lone surrogate, as U+FFFD.
                return GoBytes.toValidUtf8(sb.toString());
            }
            if (c < 0x20) {
                throw invalid("in string literal");
            }
            if (c == '\\') {
                pos++;
                if (pos >= text.length()) {
                    throw invalidAtEnd("in string escape code");
                }
                char e = text.charAt(pos);
                switch (e) {
                    case '"', '\\', '/' -> sb.append(e);
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            pos++;
                            if (pos >= text.length()) {
                                throw invalidAtEnd("in \\u hexadecimal character escape");
                            }
                            int d = Character.digit(text.charAt(pos), 16);
                            if (d < 0) {
                                throw invalid("in \\u hexadecimal character escape");
                            }
                            code = code * 16 + d;
                        }
                        sb.append((char) code);
                    }
                    default -> throw invalid("in string escape code");
                }
                pos++;
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private Object literal(String word, Object value) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= text.length()) {
                throw invalidAtEnd("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
            if (text.charAt(pos) != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting " + quoteChar(word.charAt(i)) + ")");
            }
            pos++;
        }
        return value;
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
            if (pos >= text.length()) {
                throw invalidAtEnd("in numeric literal");
            }
            if (!isDigit(peek())) {
                throw invalid("in numeric literal");
            }
        }
        if (peek() == '0') {
            pos++;
        } else {
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == '.') {
            pos++;
            if (pos >= text.length()) {
                throw invalidAtEnd("after decimal point in numeric literal");
            }
            if (!isDigit(peek())) {
                throw invalid("after decimal point in numeric literal");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (pos >= text.length()) {
                throw invalidAtEnd("in exponent of numeric literal");
            }
            if (!isDigit(peek())) {
                throw invalid("in exponent of numeric literal");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return GoStrconv.parseFloat(literal);
        } catch (NumberFormatException e) {
            throw new GoJsonException("json: cannot unmarshal number " + literal + " into Go value of type float64");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private GoJsonException invalid(String context) {
        // Go's scanner reads bytes: it names the first byte of a character, as the rune of that value.
        return new GoJsonException("invalid character " + quoteChar(GoBytes.encode(text.substring(pos,
                pos + Character.charCount(text.codePointAt(pos))))[0] & 0xFF) + " " + context);
    }

    /** Go's scanner feeds a space at the end of input, so an unfinished token fails on ' '. */
    private static GoJsonException invalidAtEnd(String context) {
        return new GoJsonException("invalid character ' ' " + context);
    }

    private static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoStrconv.quote(new String(Character.toChars(c)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
