package dev.helmshift.template.funcs.value;

import dev.helmshift.template.exec.GoStruct;

/**
 * The conversions Sprig's math and conversion functions use (spf13/cast with errors ignored): a value that does not
 * convert becomes 0.
 */
public final class Cast {
    private Cast() {
    }

    /** {@code cast.ToInt64}: numbers truncate, strings parse as Go integer literals ("1.0" is 1), bools are 0/1. */
    public static long toInt64(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return truncate(d);
        }
        if (v instanceof String s) {
            try {
                return GoStrconv.parseInt(trimZeroDecimal(s), 0);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 0;
    }

    /** {@code cast.ToInt}: as {@link #toInt64}, at Go's 64-bit int width but held as a Java int (truncated). */
    public static int toInt(Object v) {
        return (int) toInt64(v);
    }

    /** {@code cast.ToFloat64}: numbers widen, strings parse with strconv.ParseFloat, bools are 0/1. */
    public static double toFloat64(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof String s) {
            try {
                return GoStrconv.parseFloat(s);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 0;
    }

    /** Go's float64 → int64 conversion (truncation toward zero; out of range gives the minimum int64 on amd64). */
    public static long truncate(double d) {
        if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** cast strips a zero decimal tail before parsing an integer: "1.00" → "1", "1.5" stays. */
    static String trimZeroDecimal(String s) {
        boolean foundZero = false;
        for (int i = s.length(); i > 0; i--) {
            char c = s.charAt(i - 1);
            if (c == '.') {
                if (foundZero) {
                    return s.substring(0, i - 1);
                }
            } else if (c == '0') {
                foundZero = true;
            } else {
                return s;
            }
        }
        return s;
    }

    /** Whether the value is one of Go's numeric kinds in the value model. */
    public static boolean isNumber(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Double;
    }

    static boolean isStruct(Object v) {
        return v instanceof GoStruct;
    }
}
