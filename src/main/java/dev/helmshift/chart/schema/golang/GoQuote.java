package dev.helmshift.chart.schema.golang;

/**
 * Go's quoting rules as the schema messages use them: {@code strconv.Quote} ({@code %q} of a string),
 * {@code strconv.QuoteRune} ({@code %q} of a rune or byte), the single-quoted form of santhosh-tekuri/jsonschema's
 * {@code quote} ({@code 'a\'b'}), and encoding/json's {@code quoteChar} for syntax errors.
 */
public final class GoQuote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoQuote() {
    }

    /** {@code strconv.Quote}: double quotes, Go escapes for what {@link #isPrint} rejects. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> appendEscaped(sb, c, '"'));
        return sb.append('"').toString();
    }

    /** {@code strconv.Quote} of a Go string that may hold invalid UTF-8: each bad byte is {@code \xHH}. */
    public static String quoteBytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + 2).append('"');
        for (int i = 0; i < b.length; ) {
            int[] rune = GoUtf8.decodeRune(b, i);
            if (rune[0] == 0xFFFD && rune[1] == 1) {
                sb.append("\\x").append(HEX[(b[i] >> 4) & 15]).append(HEX[b[i] & 15]);
            } else {
                appendEscaped(sb, rune[0], '"');
            }
            i += rune[1];
        }
        return sb.append('"').toString();
    }

    /** {@code strconv.QuoteRune}: {@code 'x'}, {@code '\n'}, {@code '\''}. */
    public static String quoteRune(int rune) {
        int r = rune > Character.MAX_CODE_POINT || (rune >= 0xD800 && rune <= 0xDFFF) || rune < 0 ? 0xFFFD : rune;
        StringBuilder sb = new StringBuilder("'");
        appendEscaped(sb, r, '\'');
        return sb.append('\'').toString();
    }

    /**
     * The jsonschema library's {@code quote}: Go's {@code %q}, then {@code \"} unescaped and {@code '} escaped, in
     * single quotes. {@code a'b"c} becomes {@code 'a\'b"c'}.
     */
    public static String single(String s) {
        String q = quote(s);
        String inner = q.substring(1, q.length() - 1).replace("\\\"", "\"").replace("'", "\\'");
        return "'" + inner + "'";
    }

    /** encoding/json's {@code quoteChar} for the byte a syntax error points at. */
    public static String jsonQuoteChar(int b) {
        if (b == '\'') {
            return "'\\''";
        }
        if (b == '"') {
            return "'\"'";
        }
        String q = quote(new String(Character.toChars(b & 0xFF)));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static void appendEscaped(StringBuilder sb, int c, char quote) {
        if (c == quote || c == '\\') {
            sb.append('\\').appendCodePoint(c);
            return;
        }
        if (isPrint(c)) {
            sb.appendCodePoint(c);
            return;
        }
        switch (c) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (c < ' ' || c == 0x7F) {
                    sb.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                } else if (c < 0x10000) {
                    sb.append("\\u");
                    appendHex(sb, c, 4);
                } else {
                    sb.append("\\U");
                    appendHex(sb, c, 8);
                }
            }
        }
    }

    private static void appendHex(StringBuilder sb, int c, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(c >> shift) & 15]);
        }
    }
}
