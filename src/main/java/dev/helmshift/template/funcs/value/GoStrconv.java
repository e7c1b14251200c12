package dev.helmshift.template.funcs.value;

import dev.helmshift.gobytes.GoBytes;

import java.math.BigInteger;

/** The parts of Go's strconv and unicode packages that Sprig's results depend on. */
public final class GoStrconv {
    private GoStrconv() {
    }

    private static final BigInteger MIN_INT64 = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX_INT64 = BigInteger.valueOf(Long.MAX_VALUE);

    /**
     * {@code strconv.ParseInt(s, base, 64)} for base 0 (Go literal syntax: 0x, 0o, 0b, leading-0 octal, underscores
     * between digits) or an explicit base. Throws NumberFormatException where Go returns an error.
     */
    public static long parseInt(String s, int base) {
        if (s.isEmpty()) {
            throw new NumberFormatException("invalid syntax");
        }
        String body = s;
        boolean negative = false;
        if (body.charAt(0) == '+' || body.charAt(0) == '-') {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        boolean prefixed = false;
        if (base == 0) {
            base = 10;
            if (body.length() > 1 && body.charAt(0) == '0') {
                char p = Character.toLowerCase(body.charAt(1));
                if (p == 'x') {
                    base = 16;
                    body = body.substring(2);
                    prefixed = true;
                } else if (p == 'o') {
                    base = 8;
                    body = body.substring(2);
                    prefixed = true;
                } else if (p == 'b') {
                    base = 2;
                    body = body.substring(2);
                    prefixed = true;
                } else {
                    base = 8;
                    body = body.substring(1);
                    prefixed = true;
                }
            }
            if (body.contains("_")) {
                if (!underscoresOk(prefixed, body)) {
                    throw new NumberFormatException("invalid syntax");
                }
                body = body.replace("_", "");
            }
        }
        if (body.isEmpty()) {
            throw new NumberFormatException("invalid syntax");
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.digit(body.charAt(i), base) < 0 || body.charAt(i) > 'z') {
                throw new NumberFormatException("invalid syntax");
            }
        }
        BigInteger value = new BigInteger(body, base);
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(MIN_INT64) < 0 || value.compareTo(MAX_INT64) > 0) {
            throw new NumberFormatException("value out of range");
        }
        return value.longValue();
    }

    private static boolean underscoresOk(boolean prefixed, String digits) {
        // Go allows '_' only between digits, or between the base prefix and a digit.
        char previous = prefixed ? '0' : '!';
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '_') {
                if (previous == '_' || previous == '!') {
                    return false;
                }
            }
            previous = c;
        }
        return previous != '_';
    }

    /** {@code strconv.Atoi}: base 10 with an optional sign; out of range clamps, as Go's value with ErrRange. */
    public static int atoi(String s) {
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (body.isEmpty() || !body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException("invalid syntax");
        }
        BigInteger value = new BigInteger(s.startsWith("+") ? body : s);
        if (value.compareTo(MAX_INT64) > 0 || value.compareTo(MIN_INT64) < 0) {
            throw new NumberFormatException("value out of range");
        }
        return (int) value.longValue();
    }

    /** {@code strconv.ParseFloat(s, 64)}: decimal or hex floats, inf/infinity/nan, underscores only with a prefix. */
    public static double parseFloat(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            if (lower.length() != unsigned.length()) {
                throw new NumberFormatException("invalid syntax");
            }
            return Double.NaN;
        }
        if (unsigned.startsWith("0x")) {
            String hex = unsigned.replace("_", "");
            if (!com.google.re2j.Pattern.matches("0x([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)p[+-]?[0-9]+", hex)) {
                throw new NumberFormatException("invalid syntax");
            }
            double v = Double.parseDouble(hex);
            return negative ? -v : v;
        }
        if (!com.google.re2j.Pattern.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?", unsigned)) {
            throw new NumberFormatException("invalid syntax");
        }
        double v = Double.parseDouble(unsigned);
        if (Double.isInfinite(v)) {
            throw new NumberFormatException("value out of range");
        }
        return negative ? -v : v;
    }

    /** Go's strings.Split with a non-empty literal separator: every piece kept, trailing empty ones too. */
    public static java.util.List<String> split(String s, String sep) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** Go's {@code unicode.IsSpace}. */
    public static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return Character.isSpaceChar(c);
    }

    /** Go's {@code strings.TrimSpace}. */
    public static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** {@code strconv.Quote}: a double-quoted Go string literal, escaping what Go's IsPrint rejects. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> appendQuoted(sb, c, '"'));
        return sb.append('"').toString();
    }

    /** {@code strconv.QuoteRune}: a single-quoted Go rune literal ({@code 'x'}, {@code '\n'}, {@code '\x00'}). */
    public static String quoteRune(int c) {
        StringBuilder sb = new StringBuilder("'");
        appendQuoted(sb, c, '\'');
        return sb.append('\'').toString();
    }

    private static void appendQuoted(StringBuilder sb, int c, char quote) {
        if (c == quote) {
            sb.append('\\').append(quote);
            return;
        }
        switch (c) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append("\\\\");
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (isPrint(c)) {
                    sb.appendCodePoint(c);
                } else if (c < ' ' || c == 0x7F) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xFFFF && GoBytes.isRawByte((char) c)) {
                    sb.append(String.format("\\x%02x", GoBytes.rawByteValue((char) c)));   // a byte that is not UTF-8
                } else if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
                    appendQuoted(sb, 0xFFFD, quote);
                } else if (c <= 0xFFFF) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            }
        }
    }

    /** Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                 Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                 Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
