package dev.helmshift.chart.schema.golang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read the way santhosh-tekuri/jsonschema's {@code UnmarshalJSON} reads it: one value through
 * {@code json.NewDecoder(r)} with {@code UseNumber()}, then {@code decoder.Token()} must report the end of input.
 *
 * <p>Objects become maps sorted by key (a repeated key: the last wins; Go's maps have no order, and sorted ones let
 * the validator walk properties in its stable order without sorting them again), arrays lists, numbers
 * {@link JsonNumber},
 * strings are unquoted as Go does (invalid UTF-8 and lone surrogates become U+FFFD). Errors carry Go's text: the
 * scanner's {@code invalid character ...}, {@code unexpected EOF} for a value cut short, {@code EOF} for a document
 * of only white space, and {@code invalid character after top-level value} for anything after the value.
 */
public final class GoJsonStream {
    private final byte[] data;
    private int pos;

    private GoJsonStream(byte[] data) {
        this.data = data;
    }

    /** Decodes the one value of a document. */
    public static Object decode(byte[] data) throws GoJsonException {
        int end = valueEnd(data);
        for (int i = end; i < data.length; i++) {
            if (!JsonScanner.isSpace(data[i] & 0xFF)) {
                throw new GoJsonException("invalid character after top-level value");
            }
        }
        return new GoJsonStream(data).build();
    }

    /** The Decoder's readValue: the offset just past the first value, or Go's error. */
    private static int valueEnd(byte[] data) throws GoJsonException {
        JsonScanner scanner = new JsonScanner();
        for (int i = 0; i < data.length; i++) {
            int op = scanner.step(data[i] & 0xFF);
            if (op == JsonScanner.END) {
                return i;
            }
            if (op == JsonScanner.END_CONTAINER && scanner.endValue(' ') == JsonScanner.END) {
                return i + 1;
            }
            if (op == JsonScanner.ERROR) {
                throw new GoJsonException(scanner.error());
            }
        }
        if (scanner.step(' ') == JsonScanner.END) {
            return data.length;
        }
        for (byte b : data) {
            if (!JsonScanner.isSpace(b & 0xFF)) {
                throw new GoJsonException("unexpected EOF");
            }
        }
        throw new GoJsonException("EOF");
    }

    /** Builds the value, known to be well-formed, without recursion (Go allows 10000 levels). */
    private Object build() {
        Deque<Object> containers = new ArrayDeque<>();
        Deque<String> keys = new ArrayDeque<>();
        while (true) {
            skipSpace();
            int c = data[pos] & 0xFF;
            Object value;
            if (c == '{' || c == '[') {
                pos++;
                skipSpace();
                if (data[pos] == '}' || data[pos] == ']') {
                    pos++;
                    value = c == '{' ? new TreeMap<String, Object>() : new ArrayList<>();
                } else {
                    containers.push(c == '{' ? new TreeMap<String, Object>() : new ArrayList<>());
                    if (c == '{') {
                        keys.push(objectKey());
                    }
                    continue;
                }
            } else {
                value = scalar(c);
            }
            // value is complete: hand it to its container, closing every container that ends here
            while (true) {
                if (containers.isEmpty()) {
                    return value;
                }
                add(containers.peek(), keys, value);
                skipSpace();
                if (data[pos++] == ',') {
                    if (containers.peek() instanceof Map) {
                        skipSpace();
                        keys.push(objectKey());
                    }
                    break;
                }
                value = containers.pop();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(Object container, Deque<String> keys, Object value) {
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put(keys.pop(), value);
        } else {
            ((List<Object>) container).add(value);
        }
    }

    private String objectKey() {
        String key = string();
        skipSpace();
        pos++; // the colon
        return key;
    }

    private Object scalar(int c) {
        switch (c) {
            case '"':
                return string();
            case 't':
                pos += 4;
                return Boolean.TRUE;
            case 'f':
                pos += 5;
                return Boolean.FALSE;
            case 'n':
                pos += 4;
                return null;
            default:
                int start = pos;
                while (pos < data.length && isNumberByte(data[pos])) {
                    pos++;
                }
                return new JsonNumber(new String(data, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    private static boolean isNumberByte(byte b) {
        return b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }

    private void skipSpace() {
        while (pos < data.length && JsonScanner.isSpace(data[pos] & 0xFF)) {
            pos++;
        }
    }

    /** A quoted string at pos, unquoted as encoding/json's unquoteBytes does. */
    private String string() {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = data[pos] & 0xFF;
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c == '\\') {
                pos++;
                int e = data[pos++] & 0xFF;
                switch (e) {
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> sb.appendCodePoint(unicodeEscape());
                    default -> sb.append((char) e);
                }
            } else if (c < 0x80) {
                sb.append((char) c);
                pos++;
            } else {
                int[] decoded = GoUtf8.decodeRune(data, pos);
                sb.appendCodePoint(decoded[0]);
                pos += decoded[1];
            }
        }
    }

    /** {@code \\uXXXX} (pos after the u): a surrogate pair joins, anything else lone becomes U+FFFD. */
    private int unicodeEscape() {
        int r = hex4(pos);
        pos += 4;
        if (r < 0xD800 || r > 0xDFFF) {
            return r;
        }
        if (r < 0xDC00 && pos + 6 <= data.length && data[pos] == '\\' && data[pos + 1] == 'u') {
            int r2 = hex4(pos + 2);
            if (r2 >= 0xDC00 && r2 <= 0xDFFF) {
                pos += 6;
                return Character.toCodePoint((char) r, (char) r2);
            }
        }
        return 0xFFFD;
    }

    private int hex4(int at) {
        if (at + 4 > data.length) {
            return -1;
        }
        int r = 0;
        for (int i = at; i < at + 4; i++) {
            int d = Character.digit(data[i], 16);
            if (d < 0) {
                return -1;
            }
            r = r * 16 + d;
        }
        return r;
    }
}
