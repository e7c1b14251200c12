package dev.helmshift.goyaml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * strconv.FormatFloat(f, 'g', -1, bits) for the texts go-yaml and sigs.k8s.io/yaml make of floats: map keys and
 * string fields use 32 bits ({@code 1.10} becomes "1.1", {@code 3.14159265} "3.1415927"), {@code %#v} uses 64.
 */
final class GoFloat {
    private GoFloat() {
    }

    static String formatG(double value, boolean float32) {
        double v = float32 ? (float) value : value;
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        String sign = v < 0 || v == 0 && 1 / v < 0 ? "-" : "";
        if (v == 0) {
            return sign + "0";
        }
        BigDecimal exact = new BigDecimal(Math.abs(v));
        BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            boolean same = float32 ? candidate.floatValue() == (float) Math.abs(v) : candidate.doubleValue() == Math.abs(v);
            if (same) {
                shortest = candidate;
                break;
            }
        }
        String digitsText = shortest.unscaledValue().toString().replaceAll("0+$", "");
        if (digitsText.isEmpty()) {
            digitsText = "0";
        }
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 6) { // Go: the shortest form switches to %e at 1e+06
            return sign + exponential(digitsText, exponent);
        }
        return sign + fixed(digitsText, exponent);
    }

    private static String exponential(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
    }

    private static String fixed(String digits, int exponent) {
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return digits + "0".repeat(exponent + 1 - digits.length());
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }
}
