package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.value.GoStrconv;
import dev.helmshift.template.funcs.value.GoValues;
import dev.helmshift.template.funcs.value.TypedList;
import dev.helmshift.template.funcs.value.TypedMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sprig's string functions. Go strings are bytes: {@code trunc} and {@code substr} count UTF-8 bytes, as Sprig does.
 * Argument order follows Sprig, where the string operated on comes last so it can be piped in.
 */
public final class Strings {
    private Strings() {
    }

    public static String trunc(int c, String s) {
        byte[] b = GoBytes.encode(s);
        if (c < 0 && b.length + c > 0) {
            return GoBytes.decode(Arrays.copyOfRange(b, b.length + c, b.length));
        }
        if (c >= 0 && b.length > c) {
            return GoBytes.decode(Arrays.copyOfRange(b, 0, c));
        }
        return s;
    }

    public static String substr(int start, int end, String s) {
        byte[] b = GoBytes.encode(s);
        if (start < 0) {
            if (end < 0 || end > b.length) {
                throw GoPanic.sliceBounds(null, end, b.length);
            }
            return GoBytes.decode(Arrays.copyOfRange(b, 0, end));
        }
        if (end < 0 || end > b.length) {
            if (start > b.length) {
                throw GoPanic.sliceBounds(start, null, b.length);
            }
            return GoBytes.decode(Arrays.copyOfRange(b, start, b.length));
        }
        if (start > end) {
            throw GoPanic.sliceBounds(start, end, b.length);
        }
        return GoBytes.decode(Arrays.copyOfRange(b, start, end));
    }

    public static String trim(String s) {
        return GoStrconv.trimSpace(s);
    }

    /** strings.Trim: strips leading and trailing runes that are in the cutset. */
    public static String trimAll(String cutset, String s) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    public static String trimPrefix(String prefix, String s) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    public static String trimSuffix(String suffix, String s) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    /** strings.ToUpper; like every function here that maps runes, it turns a byte that is not UTF-8 into U+FFFD. */
    public static String upper(String s) {
        s = GoBytes.toValidUtf8(s);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.toUpperCase(c)));
        return sb.toString();
    }

    public static String lower(String s) {
        return lowerRunes(GoBytes.toValidUtf8(s));
    }

    /** Each rune lower-cased, a byte that is not UTF-8 kept (xstrings' case conversions). */
    static String lowerRunes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.toLowerCase(c)));
        return sb.toString();
    }

    /** Go's strings.Title: the first letter of each word to title case; words are split at non-letters/digits. */
    public static String title(String s) {
        s = GoBytes.toValidUtf8(s);
        StringBuilder sb = new StringBuilder(s.length());
        int previous = ' ';
        for (int c : s.codePoints().toArray()) {
            sb.appendCodePoint(isTitleSeparator(previous) ? Character.toTitleCase(c) : c);
            previous = c;
        }
        return sb.toString();
    }

    private static boolean isTitleSeparator(int r) {
        if (r <= 0x7F) {
            return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
        }
        if (Character.isLetter(r) || Character.isDigit(r)) {
            return false;
        }
        return GoStrconv.isSpace(r);
    }

    /** goutils Uncapitalize: the first letter of each whitespace-separated word to lower case. */
    public static String untitle(String s) {
        s = GoBytes.toValidUtf8(s);
        StringBuilder sb = new StringBuilder(s.length());
        boolean next = true;
        for (int c : s.codePoints().toArray()) {
            if (GoStrconv.isSpace(c)) {
                next = true;
                sb.appendCodePoint(c);
            } else if (next) {
                sb.appendCodePoint(Character.toLowerCase(c));
                next = false;
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    public static String repeat(int count, String s) {
        if (count < 0) {
            throw GoPanic.negativeRepeat();
        }
        return s.repeat(count);
    }

    /**
     * goutils DeleteWhiteSpace: it reads the string byte by byte, each byte as the rune of its value, so a string it
     * removed anything from comes back with every byte ≥ 0x80 turned into that Latin-1 character (U+00A0 and U+0085
     * count as spaces); a string without white space comes back unchanged.
     */
    public static String nospace(String s) {
        byte[] bytes = GoBytes.encode(s);
        StringBuilder sb = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            if (!GoStrconv.isSpace(b & 0xFF)) {
                sb.append((char) (b & 0xFF));
            }
        }
        return sb.length() == bytes.length ? s : sb.toString();
    }

    /** goutils Initials: the first byte of each whitespace-separated word, read as the rune of its value. */
    public static String initials(String s) {
        StringBuilder sb = new StringBuilder();
        boolean next = true;
        for (byte b : GoBytes.encode(s)) {
            int c = b & 0xFF;
            if (GoStrconv.isSpace(c)) {
                next = true;
            } else if (next) {
                sb.append((char) c);
                next = false;
            }
        }
        return sb.toString();
    }

    public static String swapcase(String s) {
        s = GoBytes.toValidUtf8(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int c : s.codePoints().toArray()) {
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                sb.appendCodePoint(Character.toLowerCase(c));
            } else if (Character.isLowerCase(c)) {
                sb.appendCodePoint(Character.toUpperCase(c));
            } else {
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    /** Sprig's {@code abbrev}: shortens to width with "..." (goutils Abbreviate); widths under 4 leave s alone. */
    public static String abbrev(int width, String s) {
        if (width < 4) {
            return s;
        }
        return abbreviate(s, 0, width);
    }

    public static String abbrevboth(int left, int right, String s) {
        if (right < 4 || (left > 0 && right < 7)) {
            return s;
        }
        return abbreviate(s, left, right);
    }

    private static String abbreviate(String str, int offset, int maxWidth) {
        if (str.isEmpty() || str.length() <= maxWidth) {
            return str;
        }
        if (offset > str.length()) {
            offset = str.length();
        }
        if (str.length() - offset < maxWidth - 3) {
            offset = str.length() - (maxWidth - 3);
        }
        if (offset <= 4) {
            return str.substring(0, maxWidth - 3) + "...";
        }
        if (offset + maxWidth - 3 < str.length()) {
            return "..." + abbreviate(str.substring(offset), 0, maxWidth - 3);
        }
        return "..." + str.substring(str.length() - (maxWidth - 3));
    }

    public static String wrap(int length, String s) {
        return wrapCustom(s, length, "\n", false);
    }

    public static String wrapWith(int length, String separator, String s) {
        return wrapCustom(s, length, separator, true);
    }

    /** goutils WrapCustom: break at the last space that fits; long words only split when wrapLongWords. */
    static String wrapCustom(String str, int wrapLength, String newLine, boolean wrapLongWords) {
        if (str.isEmpty()) {
            return "";
        }
        if (newLine.isEmpty()) {
            newLine = "\n";
        }
        if (wrapLength < 1) {
            wrapLength = 1;
        }
        int inputLength = str.length();
        int offset = 0;
        StringBuilder out = new StringBuilder();
        while (inputLength - offset > wrapLength) {
            if (str.charAt(offset) == ' ') {
                offset++;
                continue;
            }
            int end = Math.min(wrapLength + offset + 1, inputLength);
            int spaceAt = str.substring(offset, end).lastIndexOf(' ') + offset;
            if (spaceAt >= offset) {
                out.append(str, offset, spaceAt).append(newLine);
                offset = spaceAt + 1;
            } else if (wrapLongWords) {
                out.append(str, offset, wrapLength + offset).append(newLine);
                offset += wrapLength;
            } else {
                int index = str.indexOf(' ', wrapLength + offset);
                if (index == -1) {
                    out.append(str, offset, inputLength);
                    offset = inputLength;
                } else {
                    out.append(str, offset, index).append(newLine);
                    offset = index + 1;
                }
            }
        }
        out.append(str.substring(offset));
        return out.toString();
    }

    public static boolean contains(String substr, String s) {
        return s.contains(substr);
    }

    public static boolean hasPrefix(String prefix, String s) {
        return s.startsWith(prefix);
    }

    public static boolean hasSuffix(String suffix, String s) {
        return s.endsWith(suffix);
    }

    /** Each non-nil argument as a Go double-quoted literal ({@code %q}), joined by spaces. */
    public static String quote(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                out.add(GoStrconv.quote(GoValues.strval(v)));
            }
        }
        return String.join(" ", out);
    }

    public static String squote(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                out.add("'" + GoValues.strval(v) + "'");
            }
        }
        return String.join(" ", out);
    }

    public static String cat(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v != null) {
                out.add(dev.helmshift.template.funcs.value.GoPrint.sprint(v));
            }
        }
        return String.join(" ", out);
    }

    public static String indent(int spaces, String s) {
        if (spaces < 0) {
            throw GoPanic.negativeRepeat();
        }
        String pad = " ".repeat(spaces);
        return pad + s.replace("\n", "\n" + pad);
    }

    public static String nindent(int spaces, String s) {
        return "\n" + indent(spaces, s);
    }

    /** strings.Replace(src, old, new, -1); an empty old inserts new around every rune, as in Go. */
    public static String replace(String old, String replacement, String src) {
        if (!old.isEmpty()) {
            return src.replace(old, replacement);
        }
        StringBuilder sb = new StringBuilder(replacement);
        src.codePoints().forEach(c -> sb.appendCodePoint(c).append(replacement));
        return sb.toString();
    }

    public static String plural(String one, String many, int count) {
        return count == 1 ? one : many;
    }

    /** strings.Split: an empty separator splits into runes; an empty string gives one empty element. */
    static List<String> goSplit(String sep, String s, int n) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        if (sep.isEmpty()) {
            int[] cps = s.codePoints().toArray();
            int limit = n < 0 || n > cps.length ? cps.length : n;
            for (int i = 0; i < limit; i++) {
                if (i == limit - 1 && limit < cps.length) {
                    out.add(new String(cps, i, cps.length - i));
                } else {
                    out.add(new String(cps, i, 1));
                }
            }
            return out;
        }
        int from = 0;
        while (n < 0 || out.size() < n - 1) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** Sprig's {@code split}: a map[string]string with keys _0, _1, ... */
    public static Map<String, Object> split(String sep, String s) {
        return indexed(goSplit(sep, s, -1));
    }

    public static Map<String, Object> splitn(String sep, int n, String s) {
        return indexed(goSplit(sep, s, n));
    }

    private static Map<String, Object> indexed(List<String> parts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            out.put("_" + i, parts.get(i));
        }
        return TypedMap.ofStrings(out);
    }

    public static List<Object> splitList(String sep, String s) {
        return TypedList.strings(goSplit(sep, s, -1));
    }

    public static String join(String sep, Object v) {
        return String.join(sep, GoValues.strslice(v));
    }

    /** Sprig's {@code sortAlpha}: a list's elements as strings in byte order; any other value as a one-element list. */
    public static List<Object> sortAlpha(Object v) {
        List<String> out = v instanceof List ? GoValues.strslice(v) : new ArrayList<>(List.of(GoValues.strval(v)));
        out.sort(GoBytes::compare);
        return TypedList.strings(out);
    }

    public static String toStringValue(Object v) {
        return GoValues.strval(v);
    }

    public static List<Object> toStrings(Object v) {
        return TypedList.strings(GoValues.strslice(v));
    }
}
