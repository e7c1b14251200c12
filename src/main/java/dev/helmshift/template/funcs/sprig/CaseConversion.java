package dev.helmshift.template.funcs.sprig;

import dev.helmshift.gobytes.GoBytes;

import java.util.ArrayList;
import java.util.List;

/**
 * Sprig's snakecase, kebabcase and camelcase (huandu/xstrings). Words break at connectors (space, '_', '-'), at a
 * lower-to-upper change, at the end of an acronym ({@code HTTPServer} → http, server), and before a number that is
 * followed by lower-case letters ({@code http2xx} → http, 2xx) while a number followed by an upper-case letter stays
 * with its word ({@code Bld4Floor} → bld4, floor).
 */
public final class CaseConversion {
    private CaseConversion() {
    }

    public static String snakecase(String s) {
        return joinLower(words(s), "_");
    }

    public static String kebabcase(String s) {
        return joinLower(words(s), "-");
    }

    /** xstrings ToCamelCase: connectors removed and the following rune upper-cased, other runes lower-cased. */
    public static String camelcase(String s) {
        if (s.isEmpty()) {
            return "";
        }
        int[] cps = GoBytes.toValidUtf8(s).codePoints().toArray();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int r0 = 0;
        boolean found = false;
        while (i < cps.length) {
            r0 = cps[i++];
            if (!isConnector(r0)) {
                r0 = Character.toUpperCase(r0);
                found = true;
                break;
            }
            sb.appendCodePoint(r0);
        }
        if (i >= cps.length) {
            if (found) {
                sb.appendCodePoint(r0);
            }
            return sb.toString();
        }
        while (i < cps.length) {
            int r1 = r0;
            r0 = cps[i++];
            if (isConnector(r0) && isConnector(r1)) {
                sb.appendCodePoint(r1);
                continue;
            }
            if (isConnector(r1)) {
                r0 = Character.toUpperCase(r0);
            } else {
                r0 = Character.toLowerCase(r0);
                sb.appendCodePoint(r1);
            }
        }
        sb.appendCodePoint(r0);
        return sb.toString();
    }

    static boolean isConnector(int c) {
        return c == '-' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            int prev = i > 0 ? cps[i - 1] : 0;
            if (isConnector(c)) {
                flush(words, cur);
                continue;
            }
            boolean numberWord = cur.length() > 0 && Character.isDigit(cur.codePointAt(0));
            if (Character.isUpperCase(c)) {
                if (cur.length() > 0 && (Character.isLowerCase(prev) || Character.isDigit(prev))) {
                    flush(words, cur);
                } else if (cur.length() > 1 && Character.isUpperCase(prev) && i + 1 < cps.length
                        && Character.isLowerCase(cps[i + 1])) {
                    flush(words, cur);
                }
            } else if (Character.isDigit(c) && cur.length() > 0 && Character.isLetter(prev) && !numberWord) {
                int j = i;
                while (j < cps.length && Character.isDigit(cps[j])) {
                    j++;
                }
                if (j < cps.length && Character.isLowerCase(cps[j])) {
                    flush(words, cur);
                }
            }
            cur.appendCodePoint(c);
        }
        flush(words, cur);
        return words;
    }

    private static void flush(List<String> words, StringBuilder cur) {
        if (cur.length() > 0) {
            words.add(cur.toString());
            cur.setLength(0);
        }
    }

    private static String joinLower(List<String> words, String sep) {
        List<String> lower = new ArrayList<>();
        words.forEach(w -> lower.add(Strings.lowerRunes(w)));
        return String.join(sep, lower);
    }
}
