package dev.helmshift.template.exec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's strconv.FormatFloat for 64-bit floats, verbs e, E, f, F, g, G, with a precision or shortest (-1). */
public final class GoFloat {
    private GoFloat() {
    }

    /** Decimal digits d1d2...dn with the decimal point before digit dp (value = 0.d1d2.. x 10^dp). */
    private record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }
    }

    /** strconv.FormatFloat(v, fmt, prec, 64). */
    public static String format(double v, char fmt, int prec) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        double abs = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortest(abs);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f', 'F' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                default -> prec = digs.nd();
            }
        } else {
            switch (fmt) {
                case 'e', 'E' -> digs = significant(abs, prec + 1);
                case 'f', 'F' -> digs = fixed(abs, prec);
                default -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    digs = significant(abs, prec);
                }
            }
        }
        StringBuilder b = new StringBuilder(24);
        if (neg) {
            b.append('-');
        }
        switch (fmt) {
            case 'e', 'E' -> fmtE(b, digs, prec, fmt);
            case 'f', 'F' -> fmtF(b, digs, prec);
            default -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(b, digs, prec - 1, fmt == 'G' ? 'E' : 'e');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(b, digs, Math.max(prec - digs.dp(), 0));
                }
            }
        }
        return b.toString();
    }

    private static Digits fromBigDecimal(BigDecimal b) {
        if (b.signum() == 0) {
            return new Digits("", 0);
        }
        BigDecimal s = b.stripTrailingZeros();
        String u = s.unscaledValue().toString();
        return new Digits(u, u.length() - s.scale());
    }

    private static Digits shortest(double abs) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        if (abs < 0x1p53 && abs == Math.rint(abs)) {
            return fromBigDecimal(BigDecimal.valueOf((long) abs));
        }
        BigDecimal exact = new BigDecimal(abs);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == abs) {
                return fromBigDecimal(r);
            }
        }
        return fromBigDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static Digits significant(double abs, int n) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        return fromBigDecimal(new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    private static Digits fixed(double abs, int prec) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        return fromBigDecimal(new BigDecimal(abs).setScale(prec, RoundingMode.HALF_EVEN));
    }

    private static void fmtE(StringBuilder b, Digits digs, int prec, char fmt) {
        String d = digs.d();
        int nd = d.length();
        b.append(nd == 0 ? '0' : d.charAt(0));
        if (prec > 0) {
            b.append('.');
            int i = 1;
            int m = Math.min(nd, prec + 1);
            if (i < m) {
                b.append(d, i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                b.append('0');
            }
        }
        b.append(fmt);
        int exp = nd == 0 ? 0 : digs.dp() - 1;
        char sign = '+';
        if (exp < 0) {
            sign = '-';
            exp = -exp;
        }
        b.append(sign);
        if (exp < 10) {
            b.append('0').append(exp);
        } else {
            b.append(exp);
        }
    }

    private static void fmtF(StringBuilder b, Digits digs, int prec) {
        String d = digs.d();
        int nd = d.length();
        int dp = digs.dp();
        if (dp > 0) {
            int m = Math.min(nd, dp);
            b.append(d, 0, m);
            for (; m < dp; m++) {
                b.append('0');
            }
        } else {
            b.append('0');
        }
        if (prec > 0) {
            b.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = dp + i - 1;
                b.append(j >= 0 && j < nd ? d.charAt(j) : '0');
            }
        }
    }
}
