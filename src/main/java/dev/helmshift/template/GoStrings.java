package dev.helmshift.template;

import dev.helmshift.gobytes.GoBytes;

/** Go's string quoting ({@code strconv.Quote}, {@code %q}) and unquoting ({@code strconv.Unquote}). */
public final class GoStrings {
    private GoStrings() {
    }

    /** {@code strconv.Quote}: a double-quoted Go string literal, non-printable runes escaped. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        appendQuoted(b, s, '"', false);
        return b.append('"').toString();
    }

    /** {@code strconv.QuoteToASCII}: like {@link #quote} with every non-ASCII rune escaped ({@code %+q}). */
    public static String quoteToAscii(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        appendQuoted(b, s, '"', true);
        return b.append('"').toString();
    }

    /** {@code strconv.QuoteRune}. */
    public static String quoteRune(int r) {
        StringBuilder b = new StringBuilder("'");
        if (!Character.isValidCodePoint(r) || (r >= 0xD800 && r <= 0xDFFF)) {
            r = 0xFFFD;
        }
        appendRune(b, r, '\'', false);
        return b.append('\'').toString();
    }

    /** {@code %.Nq}-style truncation to at most n runes, then quoted. */
    public static String quoteTruncated(String s, int runes) {
        int count = s.codePointCount(0, s.length());
        if (count > runes) {
            s = s.substring(0, s.offsetByCodePoints(0, runes));
        }
        return quote(s);
    }

    private static void appendQuoted(StringBuilder b, String s, char quote, boolean ascii) {
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xD800 && r <= 0xDFFF) {
                // A byte that is not UTF-8 (GoBytes): Go prints it as \xNN; any other lone surrogate is U+FFFD.
                if (GoBytes.isRawByte((char) r)) {
                    b.append("\\x").append(hex2(GoBytes.rawByteValue((char) r)));
                    continue;
                }
                r = 0xFFFD;
            }
            appendRune(b, r, quote, ascii);
        }
    }

    private static void appendRune(StringBuilder b, int r, char quote, boolean ascii) {
        if (r == quote || r == '\\') {
            b.append('\\').appendCodePoint(r);
            return;
        }
        if (ascii ? (r < 0x80 && isPrint(r)) : isPrint(r)) {
            b.appendCodePoint(r);
            return;
        }
        switch (r) {
            case 7 -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 11 -> b.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    b.append("\\x").append(hex2(r));
                } else if (r < 0x10000) {
                    b.append("\\u").append(String.format("%04x", r));
                } else {
                    b.append("\\U").append(String.format("%08x", r));
                }
            }
        }
    }

    private static String hex2(int r) {
        String h = Integer.toHexString(r);
        return h.length() == 1 ? "0" + h : h;
    }

    /** Go's {@code unicode.IsPrint}, approximated with Java's character classes. */
    public static boolean isPrint(int r) {
        if (r < 0x80) {
            return r >= 0x20 && r < 0x7f;
        }
        if (r == 0xA0 || r == 0xAD) {
            return false;
        }
        int type = Character.getType(r);
        return switch (type) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Thrown by {@link #unquote} for text that is no Go string literal; Go's text is {@code invalid syntax}. */
    public static final class SyntaxError extends Exception {
        public SyntaxError() {
            super("invalid syntax", null, false, false);
        }
    }

    /** {@code strconv.Unquote} of a "..." or `...` literal. */
    public static String unquote(String lit) throws SyntaxError {
        int n = lit.length();
        if (n < 2) {
            throw new SyntaxError();
        }
        char q = lit.charAt(0);
        if (q != lit.charAt(n - 1)) {
            throw new SyntaxError();
        }
        String body = lit.substring(1, n - 1);
        if (q == '`') {
            if (body.indexOf('`') >= 0) {
                throw new SyntaxError();
            }
            return body.indexOf('\r') >= 0 ? body.replace("\r", "") : body;
        }
        if (q != '"') {
            throw new SyntaxError();
        }
        if (body.indexOf('\\') < 0 && body.indexOf('"') < 0 && body.indexOf('\n') < 0 && !GoBytes.hasRawBytes(body)) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int[] pos = {0};
        java.io.ByteArrayOutputStream pendingBytes = new java.io.ByteArrayOutputStream();
        while (pos[0] < body.length()) {
            char c = body.charAt(pos[0]);
            if (c == '"' || c == '\n') {
                throw new SyntaxError();
            }
            if (c != '\\') {
                flushBytes(pendingBytes, out);
                // A byte that is not UTF-8 written as itself is read as U+FFFD; only a \x escape makes a byte.
                out.append(GoBytes.isRawByteAt(body, pos[0]) ? '\uFFFD' : c);
                pos[0]++;
                continue;
            }
            unquoteEscape(body, pos, '"', out, pendingBytes);
        }
        flushBytes(pendingBytes, out);
        return out.toString();
    }

    /**
     * Decodes one character of a '...' literal body (strconv.UnquoteChar with quote '), returns the rune and the
     * index after it.
     */
    public static int[] unquoteChar(String s, int start) throws SyntaxError {
        if (start >= s.length()) {
            throw new SyntaxError();
        }
        char c = s.charAt(start);
        if (c == '\'' ) {
            throw new SyntaxError();
        }
        if (c != '\\') {
            int r = s.codePointAt(start);
            return new int[]{GoBytes.isRawByte(c) ? 0xFFFD : r, start + Character.charCount(r)};
        }
        StringBuilder tmp = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int[] pos = {start};
        unquoteEscape(s, pos, '\'', tmp, bytes);
        if (bytes.size() > 0) {
            byte[] bs = bytes.toByteArray();
            return new int[]{bs[0] & 0xff, pos[0]};
        }
        return new int[]{tmp.codePointAt(0), pos[0]};
    }

    private static void flushBytes(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(GoBytes.decode(bytes.toByteArray()));
            bytes.reset();
        }
    }

    private static void unquoteEscape(String s, int[] pos, char quote, StringBuilder out,
                                      java.io.ByteArrayOutputStream bytes) throws SyntaxError {
        int i = pos[0] + 1;
        if (i >= s.length()) {
            throw new SyntaxError();
        }
        char c = s.charAt(i++);
        int value;
        switch (c) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (c != quote) {
                    throw new SyntaxError();
                }
                value = c;
            }
            case 'x', 'u', 'U' -> {
                int len = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                if (i + len > s.length()) {
                    throw new SyntaxError();
                }
                int v = 0;
                for (int k = 0; k < len; k++) {
                    int d = Character.digit(s.charAt(i + k), 16);
                    if (d < 0) {
                        throw new SyntaxError();
                    }
                    v = v * 16 + d;
                }
                i += len;
                if (c == 'x') {
                    bytes.write(v);
                    pos[0] = i;
                    return;
                }
                if (!Character.isValidCodePoint(v) || (v >= 0xD800 && v <= 0xDFFF)) {
                    throw new SyntaxError();
                }
                value = v;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (i + 2 > s.length()) {
                    throw new SyntaxError();
                }
                int v = c - '0';
                for (int k = 0; k < 2; k++) {
                    int d = s.charAt(i + k) - '0';
                    if (d < 0 || d > 7) {
                        throw new SyntaxError();
                    }
                    v = v * 8 + d;
                }
                if (v > 255) {
                    throw new SyntaxError();
                }
                i += 2;
                bytes.write(v);
                pos[0] = i;
                return;
            }
            default -> throw new SyntaxError();
        }
        flushBytes(bytes, out);
        out.appendCodePoint(value);
        pos[0] = i;
    }
}
