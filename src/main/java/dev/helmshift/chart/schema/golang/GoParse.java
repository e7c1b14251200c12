package dev.helmshift.chart.schema.golang;

import java.math.BigInteger;

/**
 * The two Go parsers the format checkers call, with Go's error texts: {@code strconv.Atoi} and
 * {@code time.Parse("2006-01-02", s)}.
 */
public final class GoParse {
    private static final String DATE_LAYOUT = "2006-01-02";
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private GoParse() {
    }

    /** A value a Go parser refuses; the message is Go's. */
    public static final class GoParseException extends Exception {
        GoParseException(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code strconv.Atoi} on a 64-bit platform. */
    public static long atoi(String s) throws GoParseException {
        byte[] b = GoUtf8.bytes(s);
        int start = b.length > 0 && (b[0] == '-' || b[0] == '+') ? 1 : 0;
        if (b.length == start) {
            throw numError(s, "invalid syntax");
        }
        for (int i = start; i < b.length; i++) {
            if (b[i] < '0' || b[i] > '9') {
                throw numError(s, "invalid syntax");
            }
        }
        BigInteger n = new BigInteger(s.substring(start));
        if (b[0] == '-') {
            n = n.negate();
        }
        if (n.compareTo(INT64_MIN) < 0 || n.compareTo(INT64_MAX) > 0) {
            throw numError(s, "value out of range");
        }
        return n.longValue();
    }

    private static GoParseException numError(String s, String err) {
        return new GoParseException("strconv.Atoi: parsing " + GoQuote.quote(s) + ": " + err);
    }

    /** {@code time.Parse("2006-01-02", value)}: only its errors matter here. */
    public static void parseDate(String value) throws GoParseException {
        parseDate(GoUtf8.bytes(value));
    }

    /** {@code time.Parse("2006-01-02", value)} on a Go string's bytes. */
    public static void parseDate(byte[] v) throws GoParseException {
        int p = 0;
        // 2006
        if (v.length < 4 || !digit(v, 0) || !digit(v, 1) || !digit(v, 2) || !digit(v, 3)) {
            throw cannotParse(v, 0, "2006");
        }
        int year = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
        p = 4;
        p = expectDash(v, p);
        // 01
        if (!digit(v, p) || !digit(v, p + 1)) {
            throw cannotParse(v, p, "01");
        }
        int month = (v[p] - '0') * 10 + (v[p + 1] - '0');
        p += 2;
        if (month < 1 || month > 12) {
            throw new GoParseException("parsing time " + timeQuote(v, 0) + ": month out of range");
        }
        p = expectDash(v, p);
        // 02
        if (!digit(v, p) || !digit(v, p + 1)) {
            throw cannotParse(v, p, "02");
        }
        int day = (v[p] - '0') * 10 + (v[p + 1] - '0');
        p += 2;
        if (p < v.length) {
            throw new GoParseException("parsing time " + timeQuote(v, 0) + ": extra text: " + timeQuote(v, p));
        }
        if (day < 1 || day > daysIn(month, year)) {
            throw new GoParseException("parsing time " + timeQuote(v, 0) + ": day out of range");
        }
    }

    private static int expectDash(byte[] v, int p) throws GoParseException {
        if (p >= v.length || v[p] != '-') {
            throw cannotParse(v, p, "-");
        }
        return p + 1;
    }

    private static GoParseException cannotParse(byte[] v, int at, String element) {
        return new GoParseException("parsing time " + timeQuote(v, 0) + " as " + GoQuote.quote(DATE_LAYOUT)
                + ": cannot parse " + timeQuote(v, at) + " as " + GoQuote.quote(element));
    }

    private static boolean digit(byte[] v, int i) {
        return i < v.length && v[i] >= '0' && v[i] <= '9';
    }

    private static int daysIn(int month, int year) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The time package's own quote: non-ASCII and control bytes as {@code \xHH}, {@code "} and {@code \} escaped. */
    private static String timeQuote(byte[] v, int from) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = from; i < v.length; i++) {
            int c = v[i] & 0xFF;
            if (c >= 0x80 || c < ' ') {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                if (c == '"' || c == '\\') {
                    sb.append('\\');
                }
                sb.append((char) c);
            }
        }
        return sb.append('"').toString();
    }
}
