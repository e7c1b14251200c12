package dev.helmshift.chart.schema.golang;

/**
 * Numbers as {@code golang.org/x/text/message}'s English printer writes them, which is how the jsonschema library
 * formats every number in a message ({@code p.Sprintf}): {@code %d} groups thousands ({@code 2,000}); {@code %v}
 * of a float64 takes the shortest digits and switches to CLDR scientific notation from 10⁶ up and below 10⁻⁴
 * ({@code 1×10⁻⁰⁷}, {@code 1.5×10⁶}), with at least two exponent digits.
 */
public final class EnglishNumbers {
    private static final String[] SUPERSCRIPT = {
        "\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    private static final String SUPERSCRIPT_MINUS = "\u207B";

    private EnglishNumbers() {
    }

    /** {@code %d}. */
    public static String integer(long v) {
        String digits = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        appendGrouped(sb, digits);
        return sb.toString();
    }

    /** {@code %v} of a float64. */
    public static String float64(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        String sign = v < 0 ? "-" : "";
        if (Double.isInfinite(v)) {
            return sign + "\u221E";
        }
        GoNumbers.Digits digs = GoNumbers.shortest(Math.abs(v));
        String d = digs.digits();
        if (d.isEmpty()) {
            return "0";
        }
        int exp = digs.exponent() - 1;
        StringBuilder sb = new StringBuilder(sign);
        if (exp < -4 || exp >= 6) {
            sb.append(d.charAt(0));
            if (d.length() > 1) {
                sb.append('.').append(d, 1, d.length());
            }
            sb.append("\u00D710");
            int e = exp;
            if (e < 0) {
                sb.append(SUPERSCRIPT_MINUS);
                e = -e;
            }
            String ed = Integer.toString(e);
            if (ed.length() < 2) {
                sb.append(SUPERSCRIPT[0]);
            }
            for (int i = 0; i < ed.length(); i++) {
                sb.append(SUPERSCRIPT[ed.charAt(i) - '0']);
            }
            return sb.toString();
        }
        int point = digs.exponent();
        if (point <= 0) {
            sb.append("0.").append("0".repeat(-point)).append(d);
            return sb.toString();
        }
        String integerPart = point >= d.length() ? d + "0".repeat(point - d.length()) : d.substring(0, point);
        appendGrouped(sb, integerPart);
        if (point < d.length()) {
            sb.append('.').append(d, point, d.length());
        }
        return sb.toString();
    }

    private static void appendGrouped(StringBuilder sb, String digits) {
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            sb.append(digits.charAt(i));
            int remaining = n - i - 1;
            if (remaining > 0 && remaining % 3 == 0) {
                sb.append(',');
            }
        }
    }
}
