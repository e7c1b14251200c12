package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;

import java.math.BigDecimal;

/** Go's time.Duration text: String ({@code 1h2m3.5s}, {@code 1.5ms}, {@code 0s}) and ParseDuration. */
final class GoDuration {
    private GoDuration() {
    }

    static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        boolean negative = nanos < 0;
        long u = Math.abs(nanos);
        String text;
        if (u < 1_000_000_000L) {
            if (u < 1_000) {
                text = u + "ns";
            } else if (u < 1_000_000) {
                text = fraction(u, 1_000) + "µs";
            } else {
                text = fraction(u, 1_000_000) + "ms";
            }
        } else {
            long hours = u / 3_600_000_000_000L;
            long minutes = u / 60_000_000_000L % 60;
            long rest = u % 60_000_000_000L;
            StringBuilder sb = new StringBuilder();
            if (hours > 0) {
                sb.append(hours).append('h');
            }
            if (hours > 0 || minutes > 0) {
                sb.append(minutes).append('m');
            }
            sb.append(fraction(rest, 1_000_000_000L)).append('s');
            text = sb.toString();
        }
        return negative ? "-" + text : text;
    }

    private static String fraction(long value, long unit) {
        BigDecimal d = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** time.ParseDuration; throws FunctionException with Go's text ({@code time: invalid duration "x"}). */
    static long parse(String s) {
        String orig = s;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return 0;
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (!s.isEmpty()) {
            int i = 0;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(0, i);
            if (number.isEmpty() || number.equals(".") || number.chars().filter(c -> c == '.').count() > 1) {
                throw invalid(orig);
            }
            s = s.substring(i);
            int j = 0;
            while (j < s.length() && !Character.isDigit(s.charAt(j)) && s.charAt(j) != '.') {
                j++;
            }
            String unit = s.substring(0, j);
            s = s.substring(j);
            long scale = switch (unit) {
                case "ns" -> 1L;
                case "us", "µs", "μs" -> 1_000L;
                case "ms" -> 1_000_000L;
                case "s" -> 1_000_000_000L;
                case "m" -> 60_000_000_000L;
                case "h" -> 3_600_000_000_000L;
                case "" -> throw new FunctionException("time: missing unit in duration " + quote(orig));
                default -> throw new FunctionException("time: unknown unit " + quote(unit) + " in duration " + quote(orig));
            };
            total = total.add(new BigDecimal(number.endsWith(".") ? number + "0" : number).multiply(BigDecimal.valueOf(scale)));
        }
        long n = total.longValue();
        return negative ? -n : n;
    }

    private static FunctionException invalid(String s) {
        return new FunctionException("time: invalid duration " + quote(s));
    }

    private static String quote(String s) {
        return dev.helmshift.template.funcs.value.GoStrconv.quote(s);
    }
}
