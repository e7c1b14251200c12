package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.value.Cast;
import dev.helmshift.template.funcs.value.GoFloats;
import dev.helmshift.template.funcs.value.GoStrconv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Sprig's math. Integer functions convert every argument with cast.ToInt64 (a value that does not convert is 0) and
 * return int64; the {@code f} variants compute in decimal (shopspring/decimal) and return float64.
 */
public final class Maths {
    private Maths() {
    }

    public static long add1(Object i) {
        return Cast.toInt64(i) + 1;
    }

    public static long add(Object... values) {
        long sum = 0;
        for (Object v : values) {
            sum += Cast.toInt64(v);
        }
        return sum;
    }

    public static long sub(Object a, Object b) {
        return Cast.toInt64(a) - Cast.toInt64(b);
    }

    public static long div(Object a, Object b) {
        long divisor = Cast.toInt64(b);
        if (divisor == 0) {
            throw GoPanic.integerDivideByZero();
        }
        return Cast.toInt64(a) / divisor;
    }

    public static long mod(Object a, Object b) {
        long divisor = Cast.toInt64(b);
        if (divisor == 0) {
            throw GoPanic.integerDivideByZero();
        }
        return Cast.toInt64(a) % divisor;
    }

    public static long mul(Object a, Object... values) {
        return foldInt64(a, values, (x, y) -> x * y);
    }

    public static long max(Object a, Object... values) {
        return foldInt64(a, values, Math::max);
    }

    public static long min(Object a, Object... values) {
        return foldInt64(a, values, Math::min);
    }

    public static double maxf(Object a, Object... values) {
        return foldFloat64(a, values, Math::max);
    }

    public static double minf(Object a, Object... values) {
        return foldFloat64(a, values, Math::min);
    }

    /** Sprig's variadic integer functions: every argument converted with toInt64, combined left to right. */
    private static long foldInt64(Object a, Object[] values, LongBinaryOperator op) {
        long result = Cast.toInt64(a);
        for (Object v : values) {
            result = op.applyAsLong(result, Cast.toInt64(v));
        }
        return result;
    }

    /** The float64 counterpart of {@link #foldInt64}. */
    private static double foldFloat64(Object a, Object[] values, DoubleBinaryOperator op) {
        double result = Cast.toFloat64(a);
        for (Object v : values) {
            result = op.applyAsDouble(result, Cast.toFloat64(v));
        }
        return result;
    }

    public static double floor(Object a) {
        return Math.floor(Cast.toFloat64(a));
    }

    public static double ceil(Object a) {
        return Math.ceil(Cast.toFloat64(a));
    }

    /** Sprig's {@code round x places [roundOn]}: rounds up when the fraction is at least roundOn (0.5). */
    public static double round(Object a, int places, Object... roundOn) {
        double threshold = roundOn.length > 0 ? (Double) roundOn[0] : .5;
        double value = Cast.toFloat64(a);
        double pow = Math.pow(10, places);
        double digit = pow * value;
        double fraction = digit - (digit < 0 ? Math.ceil(digit) : Math.floor(digit));
        double rounded = fraction >= threshold ? Math.ceil(digit) : Math.floor(digit);
        return rounded / pow;
    }

    public static int atoi(String s) {
        try {
            return GoStrconv.atoi(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Sprig's {@code toDecimal}: the value's string read as an octal number (a Unix mode), 0 when it is not one. */
    public static long toDecimal(Object v) {
        try {
            return GoStrconv.parseInt(dev.helmshift.template.funcs.value.GoValues.strval(v), 8);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static double addf(Object... values) {
        return decimalOp(0.0, values, BigDecimal::add);
    }

    public static double add1f(Object a) {
        return decimalOp(a, new Object[]{1}, BigDecimal::add);
    }

    public static double subf(Object a, Object... values) {
        return decimalOp(a, values, BigDecimal::subtract);
    }

    public static double mulf(Object a, Object... values) {
        return decimalOp(a, values, BigDecimal::multiply);
    }

    /** Division in decimal with 16 fractional digits, as shopspring/decimal's default DivisionPrecision. */
    public static double divf(Object a, Object... values) {
        return decimalOp(a, values, (x, y) -> {
            if (y.signum() == 0) {
                throw new FunctionException("decimal division by 0");
            }
            return x.divide(y, 16, RoundingMode.HALF_UP);
        });
    }

    private static double decimalOp(Object first, Object[] rest, BinaryOperator<BigDecimal> op) {
        BigDecimal acc = decimal(Cast.toFloat64(first));
        for (Object v : rest) {
            acc = op.apply(acc, decimal(Cast.toFloat64(v)));
        }
        return acc.doubleValue();
    }

    /** decimal.NewFromFloat: the shortest decimal that reads back as the float. */
    private static BigDecimal decimal(double f) {
        if (!GoFloats.isFinite(f)) {
            throw new FunctionException("Cannot create a Decimal from " + GoFloats.formatG(f));
        }
        return new BigDecimal(GoFloats.formatJson(f).replace("e", "E"));
    }
}
