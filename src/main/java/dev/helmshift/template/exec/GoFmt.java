package dev.helmshift.template.exec;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.GoStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Go's fmt for the value model: {@code Sprint}, {@code Sprintln}, {@code Sprintf} and {@code %v}, with Go's verbs,
 * flags, width, precision, argument indexes and error forms ({@code %!d(string=x)}, {@code %!(EXTRA ...)}).
 */
public final class GoFmt {
    private final StringBuilder buf = new StringBuilder();
    // flags
    private boolean plus;
    private boolean minus;
    private boolean sharp;
    private boolean space;
    private boolean zero;
    private boolean plusV;
    private boolean sharpV;
    private boolean widPresent;
    private boolean precPresent;
    private int wid;
    private int prec;
    // doPrintf state
    private boolean reordered;
    private boolean goodArgNum;

    private GoFmt() {
    }

    /** {@code fmt.Sprint(v)} of one value: its {@code %v}. */
    public static String formatValue(Object v) {
        if (v instanceof String s) {
            return s;
        }
        GoFmt p = new GoFmt();
        p.printArg(v, 'v');
        return p.buf.toString();
    }

    /** {@code fmt.Sprint}: spaces between operands when neither side is a string. */
    public static String sprint(Object... args) {
        GoFmt p = new GoFmt();
        boolean prevString = false;
        for (int i = 0; i < args.length; i++) {
            boolean isString = args[i] instanceof String;
            if (i > 0 && !isString && !prevString) {
                p.buf.append(' ');
            }
            p.printArg(args[i], 'v');
            prevString = isString;
        }
        return p.buf.toString();
    }

    /** {@code fmt.Sprintln}: spaces between all operands, then a newline. */
    public static String sprintln(Object... args) {
        GoFmt p = new GoFmt();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                p.buf.append(' ');
            }
            p.printArg(args[i], 'v');
        }
        p.buf.append('\n');
        return p.buf.toString();
    }

    /** {@code fmt.Sprintf}. */
    public static String sprintf(String format, Object... args) {
        GoFmt p = new GoFmt();
        p.doPrintf(format, args);
        return p.buf.toString();
    }

    private void clearFlags() {
        plus = minus = sharp = space = zero = plusV = sharpV = widPresent = precPresent = false;
        wid = prec = 0;
    }

    // ---- Printf ----

    private void doPrintf(String format, Object[] a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++;
            clearFlags();
            simple:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> sharp = true;
                    case '0' -> zero = !minus;
                    case '+' -> plus = true;
                    case '-' -> {
                        minus = true;
                        zero = false;
                    }
                    case ' ' -> space = true;
                    default -> {
                        if (c >= 'a' && c <= 'z' && argNum < a.length) {
                            if (c == 'v') {
                                sharpV = sharp;
                                sharp = false;
                                plusV = plus;
                                plus = false;
                            }
                            printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simple;
                    }
                }
            }
            int[] an = argNumber(argNum, format, i, a.length);
            argNum = an[0];
            i = an[1];
            afterIndex = an[2] == 1;
            if (i < end && format.charAt(i) == '*') {
                i++;
                Integer w = intFromArg(a, argNum);
                argNum++;
                if (w == null) {
                    widPresent = false;
                    buf.append("%!(BADWIDTH)");
                } else {
                    widPresent = true;
                    wid = w;
                    if (wid < 0) {
                        wid = -wid;
                        minus = true;
                        zero = false;
                    }
                }
                afterIndex = false;
            } else {
                int[] num = parseNum(format, i, end);
                wid = num[0];
                widPresent = num[1] == 1;
                i = num[2];
                if (afterIndex && widPresent) {
                    goodArgNum = false;
                }
            }
            if (i + 1 <= end && i < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                an = argNumber(argNum, format, i, a.length);
                argNum = an[0];
                i = an[1];
                afterIndex = an[2] == 1;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    Integer pr = intFromArg(a, argNum);
                    argNum++;
                    if (pr == null || pr < 0) {
                        prec = 0;
                        precPresent = false;
                    } else {
                        prec = pr;
                        precPresent = true;
                    }
                    if (pr == null) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] num = parseNum(format, i, end);
                    prec = num[0];
                    precPresent = true;
                    i = num[2];
                    if (num[1] == 0) {
                        prec = 0;
                    }
                }
            }
            if (!afterIndex) {
                an = argNumber(argNum, format, i, a.length);
                argNum = an[0];
                i = an[1];
            }
            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            if (verb == '%') {
                buf.append('%');
            } else if (!goodArgNum) {
                buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
            } else if (argNum >= a.length) {
                buf.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                if (verb == 'v') {
                    sharpV = sharp;
                    sharp = false;
                    plusV = plus;
                    plus = false;
                }
                printArg(a[argNum], verb);
                argNum++;
            }
        }
        if (!reordered && argNum < a.length) {
            clearFlags();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object arg = a[k];
                if (arg == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(GoValues.typeName(arg)).append('=');
                    printArg(arg, 'v');
                }
            }
            buf.append(')');
        }
    }

    private static Integer intFromArg(Object[] a, int argNum) {
        if (argNum < a.length) {
            Object o = a[argNum];
            if (o instanceof Integer i) {
                return i;
            }
            if (o instanceof Long l && Math.abs(l) <= 1_000_000) {
                return l.intValue();
            }
        }
        return null;
    }

    /** Returns {argNum, newIndex, found(1/0)}. */
    private int[] argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return new int[]{argNum, i, 0};
        }
        reordered = true;
        String rest = format.substring(i);
        int index = 0;
        int width = 1;
        boolean ok = false;
        if (rest.length() >= 3) {
            for (int k = 1; k < rest.length(); k++) {
                if (rest.charAt(k) == ']') {
                    int[] num = parseNum(rest, 1, k);
                    if (num[1] == 0 || num[2] != k) {
                        width = k + 1;
                    } else {
                        index = num[0] - 1;
                        width = k + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && index >= 0 && index < numArgs) {
            return new int[]{index, i + width, 1};
        }
        goodArgNum = false;
        return new int[]{argNum, i + width, ok ? 1 : 0};
    }

    /** Returns {num, isNum(1/0), newIndex}. */
    private static int[] parseNum(String s, int start, int end) {
        if (start >= end) {
            return new int[]{0, 0, end};
        }
        int num = 0;
        boolean isNum = false;
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (num > 1_000_000) {
                return new int[]{0, 0, end};
            }
            num = num * 10 + (s.charAt(i) - '0');
            isNum = true;
        }
        return new int[]{num, isNum ? 1 : 0, i};
    }

    // ---- printing one argument ----

    private void printArg(Object arg, int verb) {
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                padString("<nil>");
            } else {
                badVerb(verb, null);
            }
            return;
        }
        if (verb == 'T') {
            fmtS(GoValues.typeName(arg));
            return;
        }
        if (arg instanceof Boolean b) {
            if (verb == 't' || verb == 'v') {
                padString(b ? "true" : "false");
            } else {
                badVerb(verb, arg);
            }
        } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            fmtInteger(((Number) arg).longValue(), verb, arg);
        } else if (arg instanceof Double || arg instanceof Float) {
            fmtFloat(((Number) arg).doubleValue(), verb, arg);
        } else if (arg instanceof String s) {
            fmtString(s, verb, arg);
        } else if (arg instanceof byte[] bytes) {
            fmtBytes(bytes, verb, arg);
        } else if (arg instanceof List<?> list) {
            printList(list, verb);
        } else if (arg instanceof Map<?, ?> map) {
            printMap(map, verb);
        } else if (arg instanceof GoStruct s) {
            if (verb == 'v' || verb == 's') {
                padString(s.goString());
            } else {
                badVerb(verb, arg);
            }
        } else {
            padString(String.valueOf(arg));
        }
    }

    private void printElement(Object v, int verb) {
        if (v == null) {
            if (sharpV) {
                buf.append("interface {}(nil)");
            } else {
                padString("<nil>");
            }
            return;
        }
        printArg(v, verb);
    }

    private void printList(List<?> list, int verb) {
        if (sharpV) {
            buf.append("[]interface {}{");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    buf.append(", ");
                }
                printElement(list.get(i), verb);
            }
            buf.append('}');
            return;
        }
        buf.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                buf.append(' ');
            }
            printElement(list.get(i), verb);
        }
        buf.append(']');
    }

    private void printMap(Map<?, ?> map, int verb) {
        List<String> keys = new ArrayList<>(map.size());
        for (Object k : map.keySet()) {
            keys.add(String.valueOf(k));
        }
        keys.sort(GoBytes::compare);
        if (sharpV) {
            buf.append("map[string]interface {}{");
        } else {
            buf.append("map[");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                buf.append(sharpV ? ", " : " ");
            }
            printArg(keys.get(i), verb);
            buf.append(':');
            printElement(map.get(keys.get(i)), verb);
        }
        buf.append(sharpV ? '}' : ']');
    }

    private void badVerb(int verb, Object arg) {
        buf.append("%!").appendCodePoint(verb).append('(');
        if (arg != null) {
            buf.append(GoValues.typeName(arg)).append('=');
            boolean savedSharpV = sharpV;
            printArg(arg, 'v');
            sharpV = savedSharpV;
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
    }

    // ---- padding ----

    private void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char c = zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(c);
        }
    }

    private void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - s.codePointCount(0, s.length());
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            boolean savedZero = zero;
            zero = false;
            writePadding(width);
            zero = savedZero;
        }
    }

    private void padString(String s) {
        pad(s);
    }

    // ---- strings ----

    private String truncate(String s) {
        if (precPresent) {
            int n = s.codePointCount(0, s.length());
            if (prec < n) {
                return s.substring(0, s.offsetByCodePoints(0, prec));
            }
        }
        return s;
    }

    private void fmtS(String s) {
        padString(truncate(s));
    }

    private void fmtString(String s, int verb, Object arg) {
        switch (verb) {
            case 'v' -> {
                if (sharpV) {
                    fmtQ(s);
                } else {
                    fmtS(s);
                }
            }
            case 's' -> fmtS(s);
            case 'x' -> fmtSx(GoBytes.encode(s), "0123456789abcdef");
            case 'X' -> fmtSx(GoBytes.encode(s), "0123456789ABCDEF");
            case 'q' -> fmtQ(s);
            default -> badVerb(verb, arg);
        }
    }

    private void fmtBytes(byte[] bytes, int verb, Object arg) {
        switch (verb) {
            case 'v', 'd' -> {
                buf.append(sharpV ? "[]byte{" : "[");
                for (int i = 0; i < bytes.length; i++) {
                    if (i > 0) {
                        buf.append(sharpV ? ", " : " ");
                    }
                    if (sharpV) {
                        buf.append("0x").append(Integer.toHexString(bytes[i] & 0xff));
                    } else {
                        buf.append(bytes[i] & 0xff);
                    }
                }
                buf.append(sharpV ? "}" : "]");
            }
            case 's' -> fmtS(GoBytes.decode(bytes));
            case 'x' -> fmtSx(bytes, "0123456789abcdef");
            case 'X' -> fmtSx(bytes, "0123456789ABCDEF");
            case 'q' -> fmtQ(GoBytes.decode(bytes));
            default -> badVerb(verb, arg);
        }
    }

    private void fmtSx(byte[] b, String digits) {
        int length = b.length;
        if (precPresent && prec < length) {
            length = prec;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (space && i > 0) {
                s.append(' ');
            }
            if (sharp && (space || i == 0)) {
                s.append('0').append(digits.charAt(10) == 'a' ? 'x' : 'X');
            }
            s.append(digits.charAt((b[i] >> 4) & 0xf)).append(digits.charAt(b[i] & 0xf));
        }
        pad(s.toString());
    }

    private void fmtQ(String s) {
        s = truncate(s);
        if (sharp && canBackquote(s)) {
            padString("`" + s + "`");
            return;
        }
        padString(plus ? GoStrings.quoteToAscii(s) : GoStrings.quote(s));
    }

    private static boolean canBackquote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`' || c == '\uFEFF' || (c < ' ' && c != '\t') || c == 0x7f || GoBytes.isRawByteAt(s, i)) {
                return false;
            }
        }
        return true;
    }

    // ---- integers ----

    private void fmtInteger(long v, int verb, Object arg) {
        switch (verb) {
            case 'v', 'd' -> fmtInt(v, 10, verb, "0123456789abcdef");
            case 'b' -> fmtInt(v, 2, verb, "0123456789abcdef");
            case 'o', 'O' -> fmtInt(v, 8, verb, "0123456789abcdef");
            case 'x' -> fmtInt(v, 16, verb, "0123456789abcdef");
            case 'X' -> fmtInt(v, 16, verb, "0123456789ABCDEF");
            case 'c' -> pad(new String(Character.toChars(validRune(v))));
            case 'q' -> pad(GoStrings.quoteRune(validRune(v)));
            case 'U' -> {
                String hex = Long.toHexString(v).toUpperCase();
                StringBuilder s = new StringBuilder("U+");
                int minDigits = precPresent && prec > 4 ? prec : 4;
                for (int i = hex.length(); i < minDigits; i++) {
                    s.append('0');
                }
                s.append(hex);
                if (sharp && v >= 0 && v <= Character.MAX_CODE_POINT && GoStrings.isPrint((int) v)) {
                    s.append(" '").appendCodePoint((int) v).append('\'');
                }
                boolean savedZero = zero;
                zero = false;
                pad(s.toString());
                zero = savedZero;
            }
            default -> badVerb(verb, arg);
        }
    }

    private static int validRune(long v) {
        if (v < 0 || v > Character.MAX_CODE_POINT || (v >= 0xD800 && v <= 0xDFFF)) {
            return 0xFFFD;
        }
        return (int) v;
    }

    private void fmtInt(long v, int base, int verb, String digits) {
        boolean negative = v < 0;
        String abs = negative ? (v == Long.MIN_VALUE ? Long.toUnsignedString(v, base) : Long.toString(-v, base))
                : Long.toString(v, base);
        if (digits.charAt(10) == 'A') {
            abs = abs.toUpperCase();
        }
        int precision = 0;
        if (precPresent) {
            precision = prec;
            if (precision == 0 && v == 0) {
                boolean savedZero = zero;
                zero = false;
                writePadding(wid);
                zero = savedZero;
                return;
            }
        } else if (zero && !minus && widPresent) {
            precision = wid;
            if (negative || plus || space) {
                precision--;
            }
        }
        StringBuilder s = new StringBuilder();
        for (int i = abs.length(); i < precision; i++) {
            s.append('0');
        }
        s.append(abs);
        String body = s.toString();
        StringBuilder prefix = new StringBuilder();
        if (sharp) {
            switch (base) {
                case 2 -> prefix.append("0b");
                case 8 -> {
                    if (body.charAt(0) != '0') {
                        prefix.append('0');
                    }
                }
                case 16 -> prefix.append(verb == 'X' ? "0X" : "0x");
                default -> {
                }
            }
        }
        if (verb == 'O') {
            prefix.insert(0, "0o");
        }
        String sign = negative ? "-" : plus ? "+" : space ? " " : "";
        boolean savedZero = zero;
        zero = false;
        pad(sign + prefix + body);
        zero = savedZero;
    }

    // ---- floats ----

    private void fmtFloat(double v, int verb, Object arg) {
        switch (verb) {
            case 'v' -> fmtFloatWith(v, 'g', -1);
            case 'g', 'G', 'b', 'x', 'X' -> fmtFloatWith(v, (char) verb, -1);
            case 'f', 'e', 'E', 'F' -> fmtFloatWith(v, (char) verb, 6);
            default -> badVerb(verb, arg);
        }
    }

    private void fmtFloatWith(double v, char verb, int precision) {
        if (precPresent) {
            precision = prec;
        }
        char fmtChar = verb;
        if (verb == 'x' || verb == 'X' || verb == 'b') {
            fmtChar = 'g';
        }
        String num = GoFloat.format(v, fmtChar == 'F' ? 'f' : fmtChar, precision);
        if (num.charAt(0) == '-' || num.charAt(0) == '+') {
            // keep
        } else {
            num = "+" + num;
        }
        if (space && num.charAt(0) == '+' && !plus) {
            num = " " + num.substring(1);
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean savedZero = zero;
            zero = false;
            if (num.charAt(1) == 'N' && !space && !plus) {
                num = num.substring(1);
            }
            pad(num);
            zero = savedZero;
            return;
        }
        if (sharp && verb != 'b') {
            num = sharpFloat(num, verb, precision);
        }
        if (plus || num.charAt(0) != '+') {
            if (zero && !minus && widPresent && wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num);
            return;
        }
        pad(num.substring(1));
    }

    /** The # flag: always a decimal point, and %g keeps trailing zeros up to the precision. */
    private static String sharpFloat(String num, char verb, int precision) {
        int digits = 0;
        switch (verb) {
            case 'v', 'g', 'G', 'x' -> {
                digits = precision;
                if (digits == -1) {
                    digits = 6;
                }
            }
            default -> {
            }
        }
        String tail = "";
        int e = -1;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == 'e' || c == 'E') {
                e = i;
                break;
            }
        }
        String head = num;
        if (e >= 0) {
            tail = num.substring(e);
            head = num.substring(0, e);
        }
        boolean sawNonzero = false;
        boolean hasDot = false;
        for (int i = 1; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '.') {
                hasDot = true;
            } else if (c != '0') {
                sawNonzero = true;
            }
            if (sawNonzero || c != '0' && c != '.') {
                if (c >= '0' && c <= '9') {
                    digits--;
                }
            } else if (c == '0' && sawNonzero) {
                digits--;
            }
        }
        StringBuilder b = new StringBuilder(head);
        if (!hasDot) {
            if (head.length() == 2 && head.charAt(1) == '0') {
                digits--;
            }
            b.append('.');
        }
        for (; digits > 0; digits--) {
            b.append('0');
        }
        return b.append(tail).toString();
    }
}
