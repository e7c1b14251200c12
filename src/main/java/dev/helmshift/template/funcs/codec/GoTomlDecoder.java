package dev.helmshift.template.funcs.codec;

import dev.helmshift.template.funcs.value.GoStrconv;
import dev.helmshift.template.funcs.value.TypedList;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TOML as Helm's fromToml reads it: BurntSushi/toml v1.6.0 decoding into {@code map[string]interface{}}. Values
 * come out as BurntSushi leaves them: int64 (Long), float64 (Double), bool, string, time.Time (made by the caller's
 * {@link TimeMaker}), {@code []interface {}} for arrays, {@code map[string]interface {}} for tables and
 * {@code []map[string]interface {}} for arrays of tables. A document that does not parse raises
 * {@link TomlException} with BurntSushi's text, {@code toml: line 2 (last key "a.b"): ...}.
 */
public final class GoTomlDecoder {

    /** Go's type name of an array of tables. */
    public static final String ARRAY_OF_TABLES = "[]map[string]interface {}";

    /** Makes the value of a TOML datetime: a time and the name of its Go location (null: the zone's own name). */
    public interface TimeMaker {
        Object time(ZonedDateTime value, String zoneName);
    }

    /** A BurntSushi {@code toml.ParseError}, with its Error() text as message. */
    public static final class TomlException extends Exception {
        TomlException(String message) {
            super(message, null, false, false);
        }
    }

    private enum Kind { ARRAY, HASH, ARRAY_HASH, PRIMITIVE }

    private final TomlLexer lexer;
    private final TimeMaker times;
    private List<String> context = new ArrayList<>();
    private String currentKey = "";
    private int line = 1;
    private final Map<String, Object> mapping = new LinkedHashMap<>();
    private final Map<String, Kind> keyInfo = new HashMap<>();
    private final Set<String> implicits = new HashSet<>();

    private GoTomlDecoder(String input, TimeMaker times) {
        this.lexer = new TomlLexer(input);
        this.times = times;
    }

    /** The document's top-level table. */
    public static Map<String, Object> decode(String text, TimeMaker times) throws TomlException {
        String data = text;
        if (data.startsWith("\uFEFF")) {
            data = data.substring(1);
        }
        int nul = data.substring(0, Math.min(6, data.length())).indexOf('\0');
        if (nul >= 0) {
            throw new TomlException("toml: line 1: files cannot contain NULL bytes; probably using UTF-16; TOML "
                    + "files must be UTF-8");
        }
        GoTomlDecoder parser = new GoTomlDecoder(data, times);
        try {
            while (true) {
                TomlLexer.Item item = parser.next();
                if (item.type() == TomlLexer.Type.EOF) {
                    return parser.mapping;
                }
                parser.topLevel(item);
            }
        } catch (ParseFailure failure) {
            throw new TomlException(failure.getMessage());
        }
    }

    /** The panic BurntSushi's parser recovers into a ParseError. */
    private static final class ParseFailure extends RuntimeException {
        ParseFailure(String message) {
            super(message, null, false, false);
        }
    }

    private ParseFailure failure(int atLine, String message) {
        String last = current();
        return new ParseFailure(last.isEmpty() ? "toml: line " + atLine + ": " + message
                : "toml: line " + atLine + " (last key " + GoStrconv.quote(last) + "): " + message);
    }

    private TomlLexer.Item next() {
        TomlLexer.Item item = lexer.nextItem();
        if (item.type() == TomlLexer.Type.ERROR) {
            throw failure(item.line(), item.value());
        }
        return item;
    }

    private TomlLexer.Item nextPos() {
        TomlLexer.Item item = next();
        line = item.line();
        return item;
    }

    private void topLevel(TomlLexer.Item item) {
        switch (item.type()) {
            case COMMENT_START -> next();
            case TABLE_START, ARRAY_TABLE_START -> {
                boolean array = item.type() == TomlLexer.Type.ARRAY_TABLE_START;
                TomlLexer.Type end = array ? TomlLexer.Type.ARRAY_TABLE_END : TomlLexer.Type.TABLE_END;
                List<String> key = new ArrayList<>();
                for (TomlLexer.Item name = nextPos(); name.type() != end; name = next()) {
                    key.add(keyString(name));
                }
                addContext(key, array);
                setType("", array ? Kind.ARRAY_HASH : Kind.HASH);
            }
            case KEY_START -> {
                List<String> outerContext = context;
                List<String> key = readKey();
                currentKey = key.get(key.size() - 1);
                for (int i = 0; i < key.size() - 1; i++) {
                    addImplicitContext(append(context, key.get(i)));
                }
                TomlLexer.Item valueItem = next();
                Valued v = value(valueItem, false);
                setValue(currentKey, v.value());
                setType(currentKey, v.kind());
                context = outerContext;
                currentKey = "";
            }
            default -> throw new IllegalStateException("BUG: unexpected type at top level: " + item.type());
        }
    }

    private List<String> readKey() {
        List<String> key = new ArrayList<>();
        for (TomlLexer.Item k = nextPos(); k.type() != TomlLexer.Type.KEY_END; k = next()) {
            key.add(keyString(k));
        }
        return key;
    }

    private String keyString(TomlLexer.Item item) {
        if (item.type() == TomlLexer.Type.TEXT) {
            return item.value();
        }
        return (String) value(item, false).value();
    }

    private record Valued(Object value, Kind kind) {
    }

    private Valued value(TomlLexer.Item item, boolean parentIsArray) {
        return switch (item.type()) {
            case STRING, RAW_STRING -> new Valued(item.value(), Kind.PRIMITIVE);
            case STRING_ESC -> new Valued(replaceEscapes(item, item.value()), Kind.PRIMITIVE);
            case MULTILINE_STRING -> new Valued(replaceEscapes(item, stripEscapedNewlines(
                    stripFirstNewline(item.value()))), Kind.PRIMITIVE);
            case RAW_MULTILINE_STRING -> new Valued(stripFirstNewline(item.value()), Kind.PRIMITIVE);
            case INTEGER -> new Valued(integer(item), Kind.PRIMITIVE);
            case FLOAT -> new Valued(floatValue(item), Kind.PRIMITIVE);
            case BOOL -> new Valued(item.value().equals("true"), Kind.PRIMITIVE);
            case DATETIME -> new Valued(datetime(item), Kind.PRIMITIVE);
            case ARRAY -> array();
            case INLINE_TABLE_START -> inlineTable(parentIsArray);
            default -> throw new IllegalStateException("BUG: unexpected value type: " + item.type());
        };
    }

    private long integer(TomlLexer.Item item) {
        String v = item.value();
        if (!underscoresOk(v)) {
            throw failure(item.line(), "Invalid integer " + GoStrconv.quote(v)
                    + ": underscores must be surrounded by digits");
        }
        if (hasLeadingZero(v)) {
            throw failure(item.line(), "Invalid integer " + GoStrconv.quote(v) + ": cannot have leading zeroes");
        }
        try {
            return GoStrconv.parseInt(v, 0);
        } catch (NumberFormatException e) {
            if (e.getMessage().equals("value out of range")) {
                throw failure(item.line(), v + " is out of range for int64");
            }
            throw new IllegalStateException("BUG: expected integer value, but got '" + v + "'");
        }
    }

    private double floatValue(TomlLexer.Item item) {
        String v = item.value();
        List<String> parts = new ArrayList<>();
        for (String part : v.split("[.eE]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        for (String part : parts) {
            if (!underscoresOk(part)) {
                throw failure(item.line(), "Invalid float " + GoStrconv.quote(v)
                        + ": underscores must be surrounded by digits");
            }
        }
        if (!parts.isEmpty() && hasLeadingZero(parts.get(0))) {
            throw failure(item.line(), "Invalid float " + GoStrconv.quote(v) + ": cannot have leading zeroes");
        }
        if (!periodsOk(v)) {
            throw failure(item.line(), "Invalid float " + GoStrconv.quote(v)
                    + ": '.' must be followed by one or more digits");
        }
        String clean = v.replace("_", "");
        boolean negativeNan = clean.equals("-nan");
        if (clean.equals("+nan") || negativeNan) {
            clean = "nan";
        }
        try {
            double d = GoStrconv.parseFloat(clean);
            return negativeNan ? Math.copySign(d, -1) : d;
        } catch (NumberFormatException e) {
            if (e.getMessage().equals("value out of range")) {
                throw failure(item.line(), v + " is out of range for float64");
            }
            throw failure(item.line(), "Invalid float value: " + GoStrconv.quote(v));
        }
    }

    private Object datetime(TomlLexer.Item item) {
        TomlDatetime.Parsed parsed = TomlDatetime.parse(item.value());
        if (parsed == null) {
            String shown = item.value().replace('z', 'Z').replace('t', 'T').replace(' ', 'T');
            throw failure(item.line(), "invalid datetime: " + GoStrconv.quote(shown));
        }
        return times.time(parsed.value(), parsed.zoneName());
    }

    private static boolean hasLeadingZero(String s) {
        if (s.length() > 1 && s.charAt(0) == '0' && !(s.charAt(1) == 'b' || s.charAt(1) == 'o' || s.charAt(1) == 'x')) {
            return true;
        }
        return s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '+') && s.charAt(1) == '0';
    }

    private static boolean underscoresOk(String s) {
        switch (s) {
            case "nan", "+nan", "-nan", "inf", "-inf", "+inf":
                return true;
            default:
                break;
        }
        boolean accept = false;
        for (int i = 0; i < s.length(); i++) {
            char r = s.charAt(i);
            if (r == '_' && !accept) {
                return false;
            }
            accept = TomlLexer.isHex(r);
        }
        return accept;
    }

    private static boolean periodsOk(String s) {
        boolean period = false;
        for (int i = 0; i < s.length(); i++) {
            char r = s.charAt(i);
            if (period && !TomlLexer.isDigit(r)) {
                return false;
            }
            period = r == '.';
        }
        return !period;
    }

    private Valued array() {
        setType(currentKey, Kind.ARRAY);
        List<Object> array = new ArrayList<>();
        for (TomlLexer.Item item = next(); item.type() != TomlLexer.Type.ARRAY_END; item = next()) {
            if (item.type() == TomlLexer.Type.COMMENT_START) {
                next();
                continue;
            }
            array.add(value(item, true).value());
        }
        return new Valued(array, Kind.ARRAY);
    }

    @SuppressWarnings("unchecked")
    private Valued inlineTable(boolean parentIsArray) {
        Map<String, Object> topHash = new LinkedHashMap<>();
        List<String> outerContext = context;
        String outerKey = currentKey;
        context = append(context, currentKey);
        List<String> previousContext = context;
        currentKey = "";
        addImplicit(context);
        addContext(context, parentIsArray);
        for (TomlLexer.Item item = next(); item.type() != TomlLexer.Type.INLINE_TABLE_END; item = next()) {
            if (item.type() == TomlLexer.Type.COMMENT_START) {
                next();
                continue;
            }
            List<String> key = readKey();
            currentKey = key.get(key.size() - 1);
            List<String> parents = key.subList(0, key.size() - 1);
            for (String parent : parents) {
                addImplicitContext(append(context, parent));
            }
            Valued v = value(next(), false);
            setValue(currentKey, v.value());
            setType(currentKey, v.kind());
            Map<String, Object> hash = topHash;
            for (String c : parents) {
                Object h = hash.computeIfAbsent(c, k -> new LinkedHashMap<String, Object>());
                if (!(h instanceof Map)) {
                    throw failure(line, GoStrconv.quote(keyText(context)) + " is not a table");
                }
                hash = (Map<String, Object>) h;
            }
            hash.put(currentKey, v.value());
            context = previousContext;
        }
        context = outerContext;
        currentKey = outerKey;
        return new Valued(topHash, Kind.HASH);
    }

    @SuppressWarnings("unchecked")
    private void addContext(List<String> key, boolean array) {
        Map<String, Object> hashContext = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String k : key.subList(0, key.size() - 1)) {
            keyContext.add(k);
            if (!hashContext.containsKey(k)) {
                addImplicit(keyContext);
                hashContext.put(k, new LinkedHashMap<String, Object>());
            }
            Object t = hashContext.get(k);
            if (t instanceof TypedList tables && tables.goType().equals(ARRAY_OF_TABLES)) {
                hashContext = (Map<String, Object>) tables.get(tables.size() - 1);
            } else if (t instanceof Map) {
                hashContext = (Map<String, Object>) t;
            } else {
                throw failure(line, "Key '" + keyText(keyContext) + "' was already created as a hash.");
            }
        }
        context = keyContext;
        String last = key.get(key.size() - 1);
        if (array) {
            if (!hashContext.containsKey(last)) {
                hashContext.put(last, new TypedList(ARRAY_OF_TABLES, List.of()));
            }
            if (hashContext.get(last) instanceof TypedList tables && tables.goType().equals(ARRAY_OF_TABLES)) {
                tables.add(new LinkedHashMap<String, Object>());
            } else {
                throw failure(line, "Key '" + keyText(key) + "' was already created and cannot be used as an array.");
            }
        } else {
            setValue(last, new LinkedHashMap<String, Object>());
        }
        context = append(context, last);
    }

    @SuppressWarnings("unchecked")
    private void setValue(String key, Object value) {
        Map<String, Object> hash = mapping;
        List<String> keyContext = new ArrayList<>();
        for (String k : context) {
            keyContext.add(k);
            Object t = hash.get(k);
            if (t == null && !hash.containsKey(k)) {
                throw new IllegalStateException("BUG: context for key '" + keyText(keyContext)
                        + "' has not been established.");
            }
            if (t instanceof TypedList tables && tables.goType().equals(ARRAY_OF_TABLES)) {
                hash = (Map<String, Object>) tables.get(tables.size() - 1);
            } else if (t instanceof Map) {
                hash = (Map<String, Object>) t;
            } else {
                throw failure(line, "Key '" + keyText(keyContext) + "' has already been defined.");
            }
        }
        keyContext.add(key);
        if (hash.containsKey(key)) {
            String keyName = keyText(keyContext);
            if (keyInfo.get(keyName) == Kind.ARRAY) {
                if (!implicits.contains(keyName)) {
                    throw failure(line, "Key '" + keyName + "' has already been defined.");
                }
                implicits.remove(keyName);
                hash.put(key, value);
                return;
            }
            if (implicits.contains(keyName)) {
                implicits.remove(keyName);
                return;
            }
            throw failure(line, "Key '" + keyName + "' has already been defined.");
        }
        hash.put(key, value);
    }

    private void setType(String key, Kind kind) {
        List<String> keyContext = new ArrayList<>(context);
        if (!key.isEmpty()) {
            keyContext.add(key);
        }
        if (keyContext.isEmpty()) {
            keyContext.add("");
        }
        keyInfo.put(keyText(keyContext), kind);
    }

    private void addImplicit(List<String> key) {
        implicits.add(keyText(key));
    }

    private void addImplicitContext(List<String> key) {
        addImplicit(key);
        addContext(key, false);
    }

    /** BurntSushi's {@code parser.current()}: the full key being parsed, for error messages. */
    private String current() {
        if (currentKey.isEmpty()) {
            return keyText(context);
        }
        if (context.isEmpty()) {
            return currentKey;
        }
        return keyText(context) + "." + currentKey;
    }

    /** BurntSushi's {@code Key.String()}: parts joined by '.', quoted when not bare. */
    static String keyText(List<String> key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.size(); i++) {
            if (i > 0) {
                out.append('.');
            }
            String k = key.get(i);
            if (k.isEmpty()) {
                out.append("\"\"");
            } else if (k.chars().allMatch(TomlLexer::isBareKeyChar)) {
                out.append(k);
            } else {
                out.append(GoTomlEncoder.quote(k));
            }
        }
        return out.toString();
    }

    private static List<String> append(List<String> key, String part) {
        List<String> out = new ArrayList<>(key);
        out.add(part);
        return out;
    }

    private static String stripFirstNewline(String s) {
        if (s.startsWith("\n")) {
            return s.substring(1);
        }
        if (s.startsWith("\r\n")) {
            return s.substring(2);
        }
        return s;
    }

    /** Drops a line-ending backslash and the whitespace (newlines included) after it. */
    private static String stripEscapedNewlines(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (true) {
            int ix = s.indexOf('\\', i);
            if (ix < 0) {
                return out.append(s).toString();
            }
            i = ix;
            if (s.length() > i + 1 && s.charAt(i + 1) == '\\') {
                i += 2;
                continue;
            }
            int j = i + 1;
            while (j < s.length() && " \t\r\n".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j == i + 1 || s.substring(i, j).indexOf('\n') < 0) {
                i++;
                continue;
            }
            out.append(s, 0, i);
            s = s.substring(j);
            i = 0;
        }
    }

    private String replaceEscapes(TomlLexer.Item item, String str) {
        StringBuilder out = new StringBuilder(str.length());
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = str.charAt(i + 1);
            switch (e) {
                case ' ', '\t' -> throw failure(item.line(), "invalid escape: '\\" + e + "'");
                case 'b' -> out.append('\b');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001B');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String hex = str.substring(i + 2, i + 2 + digits);
                    long code = Long.parseLong(hex, 16);
                    if (code > Character.MAX_CODE_POINT || code >= 0xD800 && code <= 0xDFFF) {
                        throw failure(item.line(), "Escaped character '\\u" + hex + "' is not valid UTF-8.");
                    }
                    out.appendCodePoint((int) code);
                    i += digits;
                }
                default -> throw new IllegalStateException("BUG: expected valid escape code after \\, but got " + e);
            }
            i++;
        }
        return out.toString();
    }
}
