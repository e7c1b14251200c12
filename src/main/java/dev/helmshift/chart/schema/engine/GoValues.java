package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoNumbers;
import dev.helmshift.chart.schema.golang.JsonNumber;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Instance values as the library sees them: their JSON type, the library's {@code equals} (numbers compared as
 * exact rationals of what {@code fmt.Sprint} prints), fmt's {@code %v} and Go's type names.
 */
final class GoValues {
    private static final Pattern RAT_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern RAT_FRACTION = Pattern.compile("([+-]?\\d+)/(\\d+)");

    private GoValues() {
    }

    /** The JSON type bit of {@link Schema} for a value, 0 for a value JSON cannot hold. */
    static int typeOf(Object v) {
        if (v == null) {
            return Schema.NULL;
        }
        if (v instanceof Boolean) {
            return Schema.BOOLEAN;
        }
        if (GoNumbers.isNumber(v)) {
            return Schema.NUMBER;
        }
        if (v instanceof String) {
            return Schema.STRING;
        }
        if (v instanceof List) {
            return Schema.ARRAY;
        }
        if (v instanceof Map) {
            return Schema.OBJECT;
        }
        return 0;
    }

    /** fmt's {@code %v} of a scalar. */
    static String sprint(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double || v instanceof Float) {
            return formatG(((Number) v).doubleValue());
        }
        return v.toString();
    }

    /** strconv.FormatFloat(v, 'g', -1, 64), which is fmt's %v of a float64. */
    static String formatG(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        String sign = v < 0 || (v == 0 && 1 / v < 0) ? "-" : "";
        GoNumbers.Digits digs = GoNumbers.shortest(Math.abs(v));
        String d = digs.digits();
        if (d.isEmpty()) {
            return sign + "0";
        }
        int exp = digs.exponent() - 1;
        if (exp < -4 || exp >= 6) {
            StringBuilder sb = new StringBuilder(sign).append(d.charAt(0));
            if (d.length() > 1) {
                sb.append('.').append(d, 1, d.length());
            }
            int e = Math.abs(exp);
            return sb.append('e').append(exp < 0 ? '-' : '+').append(e < 10 ? "0" : "").append(e).toString();
        }
        int point = digs.exponent();
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + d;
        }
        if (point >= d.length()) {
            return sign + d + "0".repeat(point - d.length());
        }
        return sign + d.substring(0, point) + "." + d.substring(point);
    }

    /** The library's {@code equals}. */
    static boolean equals(Object v1, Object v2) {
        if (v1 instanceof Map<?, ?> m1) {
            if (!(v2 instanceof Map<?, ?> m2) || m1.size() != m2.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : m1.entrySet()) {
                if (!m2.containsKey(e.getKey()) || !equals(e.getValue(), m2.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (v1 instanceof List<?> l1) {
            if (!(v2 instanceof List<?> l2) || l1.size() != l2.size()) {
                return false;
            }
            for (int i = 0; i < l1.size(); i++) {
                if (!equals(l1.get(i), l2.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (v1 == null) {
            return v2 == null;
        }
        if (v1 instanceof Boolean || v1 instanceof String) {
            return v1.equals(v2);
        }
        if (GoNumbers.isNumber(v1)) {
            BigDecimal n2 = rational(v2);
            return n2 != null && GoNumbers.exact(v1).compareTo(n2) == 0;
        }
        return false;
    }

    /** {@code new(big.Rat).SetString(fmt.Sprint(v))}, or null when that fails (so a string "5" equals 5). */
    private static BigDecimal rational(Object v) {
        if (GoNumbers.isNumber(v)) {
            return GoNumbers.exact(v);
        }
        if (!(v instanceof String s)) {
            return null;
        }
        if (RAT_DECIMAL.matcher(s).matches()) {
            return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        }
        var fraction = RAT_FRACTION.matcher(s);
        if (fraction.matches() && new BigInteger(fraction.group(2)).signum() != 0) {
            BigDecimal a = new BigDecimal(fraction.group(1));
            BigDecimal b = new BigDecimal(fraction.group(2));
            try {
                return a.divide(b);
            } catch (ArithmeticException nonTerminating) {
                return null;
            }
        }
        return null;
    }

    /** A hash consistent with the library's hashing of array items for uniqueItems (type-tagged, keys sorted). */
    static int hash(Object v) {
        if (v instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, val) -> sorted.put((String) k, val));
            int h = 17;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                h = 31 * (31 * h + e.getKey().hashCode()) + hash(e.getValue());
            }
            return h;
        }
        if (v instanceof List<?> list) {
            int h = 19;
            for (Object item : list) {
                h = 31 * h + hash(item);
            }
            return h;
        }
        if (GoNumbers.isNumber(v)) {
            BigDecimal d = GoNumbers.exact(v);
            return 23 + (d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode());
        }
        return 29 + Objects.hashCode(v);
    }
}
