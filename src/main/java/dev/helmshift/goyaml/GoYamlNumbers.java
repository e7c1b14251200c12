package dev.helmshift.goyaml;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * go-yaml v2's reading of a plain scalar that starts like a number ({@code + - 0-9}), after the timestamp check:
 * underscores dropped, then ParseInt(s, 0, 64), ParseUint(s, 0, 64), a YAML-style float that ParseFloat accepts, and
 * finally a {@code 0b}/{@code -0b} binary. Anything else, including a float out of range such as {@code 1e400}, stays
 * a string (helm v4.1.4 prints {@code string 1e400}; {@code 0xFFFFFFFFFFFFFFFF} is float64 1.8446744073709552e+19).
 */
public final class GoYamlNumbers {
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final BigInteger INT64_MIN = BigInteger.ONE.shiftLeft(63).negate();
    private static final BigInteger INT64_MAX = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoYamlNumbers() {
    }

    /**
     * The number a plain scalar is: a Long (int64), a BigInteger (uint64 beyond int64), a Double (float64), or null
     * when go-yaml keeps it a string.
     */
    public static Number resolve(String in) {
        String plain = in.replace("_", "");
        BigInteger integer = parseGoInteger(plain, 0, true);
        if (integer != null) {
            return integer.longValue();
        }
        BigInteger unsigned = parseGoInteger(plain, 0, false);
        if (unsigned != null) {
            return unsigned.bitLength() < 64 ? (Number) unsigned.longValue() : unsigned;
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            double d = Double.parseDouble(plain);
            if (!Double.isInfinite(d)) {
                return d;
            }
        }
        if (plain.startsWith("0b")) {
            BigInteger b = parseGoInteger(plain.substring(2), 2, true);
            if (b == null) {
                b = parseGoInteger(plain.substring(2), 2, false);
            }
            return b == null ? null : b.bitLength() < 64 ? (Number) b.longValue() : b;
        }
        if (plain.startsWith("-0b")) {
            BigInteger b = parseGoInteger("-" + plain.substring(3), 2, true);
            return b == null ? null : b.longValue();
        }
        return null;
    }

    /** As float64, the way Helm ends up holding every number (YAML → JSON → float64); null for a string. */
    public static Double asFloat64(String in) {
        Number n = resolve(in);
        return n == null ? null : n.doubleValue();
    }

    /**
     * strconv.ParseInt (signed) or ParseUint (unsigned) with Go's base-0 prefixes (0x, 0o, 0b, leading 0 = octal),
     * or null on a syntax or range error.
     */
    private static BigInteger parseGoInteger(String s, int base, boolean signed) {
        String body = s;
        boolean negative = false;
        if (signed && !body.isEmpty() && (body.charAt(0) == '+' || body.charAt(0) == '-')) {
            negative = body.charAt(0) == '-';
            body = body.substring(1);
        }
        int radix = base;
        if (base == 0) {
            radix = 10;
            if (body.length() > 1 && body.charAt(0) == '0') {
                char p = Character.toLowerCase(body.charAt(1));
                if (p == 'x' || p == 'o' || p == 'b') {
                    radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
                    body = body.substring(2);
                } else {
                    radix = 8;
                    body = body.substring(1);
                }
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.digit(body.charAt(i), radix) < 0 || body.charAt(i) > 'z') {
                return null;
            }
        }
        BigInteger value = new BigInteger(body, radix);
        if (negative) {
            value = value.negate();
        }
        if (signed) {
            return value.compareTo(INT64_MIN) < 0 || value.compareTo(INT64_MAX) > 0 ? null : value;
        }
        return value.compareTo(UINT64_MAX) > 0 ? null : value;
    }
}
