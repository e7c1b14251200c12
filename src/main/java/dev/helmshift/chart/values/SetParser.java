package dev.helmshift.chart.values;

import dev.helmshift.chart.BadSetException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Helm's {@code --set} syntax (pkg/strvals): {@code a.b=c}, {@code a[0]=x}, {@code a[0].b=x}, {@code a={x,y}},
 * several assignments separated by ',', and '\' escaping the next character. Typed like Helm: true/false are
 * Booleans, null is null, integers without a leading 0 are Longs (int64), everything else a String; with
 * {@code --set-string} every value is a String. Parses into an existing table, as Helm does with the -f values.
 */
public final class SetParser {
    static final int MAX_INDEX = 65536;
    static final int MAX_NESTED_NAME_LEVEL = 30;
    private static final int EOF = -1;

    private final String expression;
    private final int[] runes;
    private final boolean asString;
    private int pos;

    private SetParser(String expression, boolean asString) {
        this.expression = expression;
        this.runes = expression.codePoints().toArray();
        this.asString = asString;
    }

    /** {@code --set}: parses the expression into {@code dest}. */
    public static void parseInto(String expression, Map<String, Object> dest) {
        new SetParser(expression, false).parse(dest);
    }

    /** {@code --set-string}: parses the expression into {@code dest}, every value a String. */
    public static void parseIntoString(String expression, Map<String, Object> dest) {
        new SetParser(expression, true).parse(dest);
    }

    /** Thrown inside the parser; becomes a {@link BadSetException}. */
    private static final class Failure extends RuntimeException {
        private final boolean endOfInput;

        Failure(String message) {
            this(message, false);
        }

        Failure(String message, boolean endOfInput) {
            super(message, null, false, false);
            this.endOfInput = endOfInput;
        }
    }

    private static final Failure END = new Failure("EOF", true);

    private record Read(String text, int last) {
        boolean atEnd() {
            return last == EOF;
        }
    }

    private void parse(Map<String, Object> dest) {
        try {
            while (true) {
                try {
                    key(dest, 0);
                } catch (Failure f) {
                    if (f.endOfInput) {
                        return;
                    }
                    throw f;
                }
            }
        } catch (Failure f) {
            throw new BadSetException(expression, f.getMessage());
        }
    }

    private void key(Map<String, Object> data, int nestedNameLevel) {
        Read r = until(Set.of((int) '=', (int) '[', (int) ',', (int) '.'));
        String k = r.text;
        if (r.atEnd()) {
            if (k.isEmpty()) {
                throw END;
            }
            throw new Failure("key \"" + k + "\" has no value");
        }
        switch (r.last) {
            case '[' -> {
                int index = keyIndex();
                List<Object> list = new ArrayList<>();
                if (data.containsKey(k)) {
                    list = asList(data.get(k), k);
                }
                Failure pending = null;
                try {
                    list = listItem(list, index, nestedNameLevel);
                } catch (Failure f) {
                    pending = f;
                }
                set(data, k, list);
                if (pending != null) {
                    throw pending;
                }
            }
            case '=' -> {
                List<Object> values;
                try {
                    values = valList();
                } catch (NotAList e) {
                    String raw = val();
                    set(data, k, typed(raw));
                    return;
                } catch (Failure f) {
                    if (f.endOfInput) {
                        set(data, k, "");
                    }
                    throw f;
                }
                set(data, k, values);
            }
            case ',' -> {
                set(data, k, "");
                throw new Failure("key \"" + k + "\" has no value (cannot end with ,)");
            }
            default -> {
                nestedNameLevel++;
                if (nestedNameLevel > MAX_NESTED_NAME_LEVEL) {
                    throw new Failure("value name nested level is greater than maximum supported nested level of "
                            + MAX_NESTED_NAME_LEVEL);
                }
                Map<String, Object> inner = new LinkedHashMap<>();
                if (data.containsKey(k)) {
                    inner = asMap(data.get(k), k);
                }
                Failure pending = null;
                try {
                    key(inner, nestedNameLevel);
                } catch (Failure f) {
                    pending = f;
                }
                if (pending == null && inner.isEmpty()) {
                    throw new Failure("key map \"" + k + "\" has no value");
                }
                if (!inner.isEmpty()) {
                    set(data, k, inner);
                }
                if (pending != null) {
                    throw pending;
                }
            }
        }
    }

    private List<Object> listItem(List<Object> list, int i, int nestedNameLevel) {
        if (i < 0) {
            throw new Failure("negative " + i + " index not allowed");
        }
        Read r = until(Set.of((int) '[', (int) '.', (int) '='));
        if (!r.text.isEmpty()) {
            throw new Failure("unexpected data at end of array index: " + goRuneSlice(r.text));
        }
        if (r.atEnd()) {
            throw END;
        }
        switch (r.last) {
            case '=' -> {
                try {
                    return setIndex(list, i, valList());
                } catch (NotAList e) {
                    return setIndex(list, i, typed(val()));
                } catch (Failure f) {
                    if (f.endOfInput) {
                        return setIndex(list, i, "");
                    }
                    throw f;
                }
            }
            case '[' -> {
                int next = keyIndex();
                List<Object> current = null;
                if (list.size() > i && list.get(i) != null) {
                    current = asList(list.get(i), "[" + i + "]");
                }
                List<Object> nested = listItem(current == null ? new ArrayList<>() : current, next, nestedNameLevel);
                return setIndex(list, i, nested);
            }
            default -> {
                Map<String, Object> inner = new LinkedHashMap<>();
                if (list.size() > i) {
                    Object existing = list.get(i);
                    if (existing instanceof Map<?, ?>) {
                        inner = dev.helmshift.chart.ValueTrees.asTable(existing);
                    } else {
                        list.set(i, inner);
                    }
                }
                key(inner, nestedNameLevel);
                return setIndex(list, i, inner);
            }
        }
    }

    private int keyIndex() {
        Read r = until(Set.of((int) ']'));
        if (r.atEnd()) {
            throw new Failure("error parsing index: EOF");
        }
        try {
            return Integer.parseInt(r.text);
        } catch (NumberFormatException e) {
            throw new Failure("error parsing index: strconv.Atoi: parsing \"" + r.text + "\": invalid syntax");
        }
    }

    private static List<Object> setIndex(List<Object> list, int index, Object value) {
        if (index < 0) {
            throw new Failure("negative " + index + " index not allowed");
        }
        if (index > MAX_INDEX) {
            throw new Failure("index of " + index + " is greater than maximum supported index of " + MAX_INDEX);
        }
        List<Object> out = list;
        while (out.size() <= index) {
            out.add(null);
        }
        out.set(index, value);
        return out;
    }

    /** Signals that the value does not start with '{'. */
    private static final class NotAList extends RuntimeException {
        NotAList() {
            super(null, null, false, false);
        }
    }

    private List<Object> valList() {
        if (pos >= runes.length) {
            throw END;
        }
        if (runes[pos] != '{') {
            throw new NotAList();
        }
        pos++;
        List<Object> list = new ArrayList<>();
        while (true) {
            Read r = until(Set.of((int) ',', (int) '}'));
            if (r.atEnd()) {
                throw new Failure("list must terminate with '}'");
            }
            if (r.last == '}') {
                if (pos < runes.length && runes[pos] == ',') {
                    pos++;
                }
                list.add(typed(r.text));
                return list;
            }
            list.add(typed(r.text));
        }
    }

    private String val() {
        return until(Set.of((int) ',')).text;
    }

    /** Reads up to (and consuming) a stop rune; a backslash takes the next rune literally. */
    private Read until(Set<Integer> stop) {
        StringBuilder sb = new StringBuilder();
        while (pos < runes.length) {
            int r = runes[pos++];
            if (stop.contains(r)) {
                return new Read(sb.toString(), r);
            }
            if (r == '\\') {
                if (pos >= runes.length) {
                    return new Read(sb.toString(), EOF);
                }
                sb.appendCodePoint(runes[pos++]);
                continue;
            }
            sb.appendCodePoint(r);
        }
        return new Read(sb.toString(), EOF);
    }

    private Object typed(String val) {
        if (asString) {
            return val;
        }
        if (val.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (val.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        if (val.equalsIgnoreCase("null")) {
            return null;
        }
        if (val.equals("0")) {
            return 0L;
        }
        if (!val.isEmpty() && val.charAt(0) != '0') {
            Long parsed = parseInt64(val);
            if (parsed != null) {
                return parsed;
            }
        }
        return val;
    }

    /** strconv.ParseInt(s, 10, 64): an optional sign, then decimal digits, in range. */
    private static Long parseInt64(String s) {
        int start = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length()) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(s.charAt(0) == '+' ? s.substring(1) : s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** How Go's %q prints a []rune: ['a' 'b']. */
    private static String goRuneSlice(String text) {
        StringBuilder sb = new StringBuilder("[");
        text.codePoints().forEach(c -> {
            if (sb.length() > 1) {
                sb.append(' ');
            }
            sb.append('\'').appendCodePoint(c).append('\'');
        });
        return sb.append(']').toString();
    }

    private static void set(Map<String, Object> data, String key, Object value) {
        if (!key.isEmpty()) {
            data.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object value, String key) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new Failure("unable to parse key: interface conversion: interface {} is " + goType(value) + ", not []interface {}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Failure("unable to parse key: interface conversion: interface {} is " + goType(value) + ", not map[string]interface {}");
    }

    private static String goType(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long) {
            return "int64";
        }
        if (value instanceof Double) {
            return "float64";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof List<?>) {
            return "[]interface {}";
        }
        if (value instanceof Map<?, ?>) {
            return "map[string]interface {}";
        }
        return value.getClass().getSimpleName();
    }
}
