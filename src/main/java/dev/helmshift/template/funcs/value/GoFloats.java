package dev.helmshift.template.funcs.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's ways of printing a float64: {@code %v} (strconv 'g' with the shortest digits that read back to the same
 * value), encoding/json's form, and plain 'f'. Java's {@code Double.toString} differs (1.0E6, and not always the
 * shortest digits on Java 17), so the digits are computed here.
 */
public final class GoFloats {
    private GoFloats() {
    }

    /** The shortest decimal digits of |v| (no leading or trailing zeros) and the point position: v = 0.DIGITS × 10^point. */
    record Decimal(String digits, int point) {
    }

    static Decimal shortest(double v) {
        double abs = Math.abs(v);
        if (abs == 0) {
            return new Decimal("0", 1);
        }
        BigDecimal exact = new BigDecimal(abs);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == abs) {
                return toDecimal(rounded);
            }
        }
        return toDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static Decimal toDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int point = digits.length() - stripped.scale();
        return new Decimal(digits, point);
    }

    /** {@code fmt.Sprint(v)} for a float64, e.g. {@code 1e+06}, {@code 1.5}, {@code 100000}, {@code -0}, {@code +Inf}. */
    public static String formatG(double v) {
        String special = special(v);
        if (special != null) {
            return special;
        }
        Decimal d = shortest(v);
        String sign = sign(v);
        int exp = d.point() - 1;
        if (v != 0 && (exp < -4 || exp >= 6)) {
            return sign + exponent(d, exp);
        }
        return sign + fixed(d);
    }

    /** encoding/json's form: 'f' unless |v| < 1e-6 or |v| >= 1e21, where it is 'e' with {@code e-7} not {@code e-07}. */
    public static String formatJson(double v) {
        Decimal d = shortest(v);
        String sign = sign(v);
        double abs = Math.abs(v);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
            String e = exponent(d, d.point() - 1);
            int n = e.length();
            if (n >= 4 && e.charAt(n - 4) == 'e' && e.charAt(n - 3) == '-' && e.charAt(n - 2) == '0') {
                e = e.substring(0, e.length() - 2) + e.charAt(e.length() - 1);
            }
            return sign + e;
        }
        return sign + fixed(d);
    }

    /** Whether v is NaN or infinite (JSON cannot hold it). */
    public static boolean isFinite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    private static String special(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "+Inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-Inf";
        }
        return null;
    }

    private static String sign(double v) {
        return (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : "";
    }

    private static String exponent(Decimal d, int exp) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.digits().charAt(0));
        if (d.digits().length() > 1) {
            sb.append('.').append(d.digits(), 1, d.digits().length());
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int a = Math.abs(exp);
        if (a < 10) {
            sb.append('0');
        }
        return sb.append(a).toString();
    }

    private static String fixed(Decimal d) {
        String digits = d.digits();
        int point = d.point();
        if (point <= 0) {
            return "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return digits + "0".repeat(point - digits.length());
        }
        return digits.substring(0, point) + "." + digits.substring(point);
    }
}
