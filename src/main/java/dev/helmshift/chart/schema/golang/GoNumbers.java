package dev.helmshift.chart.schema.golang;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the jsonschema library sees them: every Go number is compared through
 * {@code new(big.Rat).SetString(fmt.Sprint(v))}, so a float64 counts as the exact value of its shortest decimal
 * form ({@code 0.1} is one tenth, not the binary fraction nearest to it), an int64 and a {@code json.Number} as
 * exactly what they say.
 */
public final class GoNumbers {
    private static final double TWO_53 = 0x1p53;

    private GoNumbers() {
    }

    /**
     * The shortest decimal digits of a finite, non-negative double that read back as the same double, closest to
     * the exact value among those (strconv's shortest formatting), with the decimal point's position.
     *
     * @param digits   the digits without leading or trailing zeros; empty for zero
     * @param exponent where the decimal point goes: the value is {@code 0.digits × 10^exponent}
     */
    public record Digits(String digits, int exponent) {
    }

    /** Whether a value is one of the Go number types the library knows. */
    public static boolean isNumber(Object v) {
        return v instanceof Double || v instanceof Long || v instanceof Integer || v instanceof JsonNumber
                || v instanceof BigInteger || v instanceof Float || v instanceof Short || v instanceof Byte;
    }

    /** {@code big.Rat} of {@code fmt.Sprint(v)} for a number {@link #isNumber} accepts. */
    public static BigDecimal exact(Object v) {
        if (v instanceof JsonNumber n) {
            return n.decimal();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            Digits digs = shortest(Math.abs(d));
            BigDecimal abs = digs.digits().isEmpty() ? BigDecimal.ZERO
                    : new BigDecimal(new BigInteger(digs.digits()), digs.digits().length() - digs.exponent());
            return d < 0 ? abs.negate() : abs;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        return BigDecimal.valueOf(((Number) v).longValue());
    }

    /** Whether an exact value is whole ({@code Rat.IsInt}). */
    public static boolean isInteger(BigDecimal d) {
        return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
    }

    /** {@code Rat.Float64}: the nearest double (infinite beyond the double range). */
    public static double toDouble(BigDecimal d) {
        return Double.parseDouble(d.toString());
    }

    /** The shortest round-tripping digits of {@code abs} (non-negative, finite). */
    public static Digits shortest(double abs) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        if (abs < TWO_53 && abs == Math.rint(abs)) {
            return digitsOf(BigDecimal.valueOf((long) abs));
        }
        BigDecimal exact = new BigDecimal(abs);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == abs) {
                return digitsOf(nearest);
            }
            // next to a power of two the interval is lopsided: the other neighbour may read back when the nearest does not
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal other = exact.round(new MathContext(precision, mode));
                if (other.compareTo(nearest) != 0 && other.doubleValue() == abs) {
                    return digitsOf(other);
                }
            }
        }
        return digitsOf(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static Digits digitsOf(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String unscaled = s.unscaledValue().toString();
        return new Digits(unscaled, unscaled.length() - s.scale());
    }
}
