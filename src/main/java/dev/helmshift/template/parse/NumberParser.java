package dev.helmshift.template.parse;

import dev.helmshift.template.GoStrings;
import dev.helmshift.template.TemplateException;

import java.util.function.Function;

/** Go's newNumber: the int, uint and float readings of a number or character literal (strconv rules). */
final class NumberParser {
    private NumberParser() {
    }

    static Node.NumberNode parse(int pos, String text, TokenType type, Function<String, TemplateException> error) {
        if (type == TokenType.CHAR_CONSTANT) {
            int[] r;
            try {
                r = GoStrings.unquoteChar(text, 1);
            } catch (GoStrings.SyntaxError e) {
                throw error.apply(e.getMessage());
            }
            if (!text.substring(r[1]).equals("'")) {
                throw error.apply("malformed character constant: " + text);
            }
            return new Node.NumberNode(pos, text, true, r[0], true, r[0], true, r[0], false);
        }
        if (type == TokenType.COMPLEX || (!text.isEmpty() && text.charAt(text.length() - 1) == 'i'
                && parseFloat(text.substring(0, text.length() - 1)) != null)) {
            return new Node.NumberNode(pos, text, false, 0, false, 0, false, 0, true);
        }
        boolean isUint = false;
        long uint = 0;
        Long u = parseInteger(text, false);
        if (u != null) {
            isUint = true;
            uint = u;
        }
        boolean isInt = false;
        long int64 = 0;
        Long i = parseInteger(text, true);
        if (i != null) {
            isInt = true;
            int64 = i;
            if (i == 0) {
                isUint = true;
                uint = 0;
            }
        }
        boolean isFloat = false;
        double f64 = 0;
        if (isInt) {
            isFloat = true;
            f64 = int64;
        } else if (isUint) {
            isFloat = true;
            f64 = unsignedToDouble(uint);
        } else {
            Double f = parseFloat(text);
            if (f != null) {
                if (!containsAny(text, ".eEpP")) {
                    throw error.apply("integer overflow: " + GoStrings.quote(text));
                }
                isFloat = true;
                f64 = f;
                if (f == Math.rint(f) && f >= -0x1p63 && f < 0x1p63) {
                    isInt = true;
                    int64 = (long) f.doubleValue();
                }
                if (f == Math.rint(f) && f >= 0 && f < 0x1p64) {
                    isUint = true;
                    uint = f < 0x1p63 ? (long) f.doubleValue() : (long) (f - 0x1p63) ^ Long.MIN_VALUE;
                }
            }
        }
        if (!isInt && !isUint && !isFloat) {
            throw error.apply("illegal number syntax: " + GoStrings.quote(text));
        }
        return new Node.NumberNode(pos, text, isInt, int64, isUint, uint, isFloat, f64, false);
    }

    private static double unsignedToDouble(long u) {
        double d = (double) (u >>> 1) * 2.0;
        return d + (u & 1);
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** strconv.ParseInt/ParseUint(text, 0, 64); null when it fails. */
    static Long parseInteger(String text, boolean signed) {
        String s = text;
        boolean neg = false;
        if (signed && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return null;
        }
        int base = 10;
        String digits = s;
        boolean prefixed = false;
        if (s.charAt(0) == '0' && s.length() > 1) {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'x') {
                base = 16;
                digits = s.substring(2);
                prefixed = true;
            } else if (c == 'o') {
                base = 8;
                digits = s.substring(2);
                prefixed = true;
            } else if (c == 'b') {
                base = 2;
                digits = s.substring(2);
                prefixed = true;
            } else {
                base = 8;
                digits = s.substring(1);
                prefixed = true;
            }
        }
        if (!underscoreOk(s)) {
            return null;
        }
        String clean = digits.replace("_", "");
        if (clean.isEmpty()) {
            return null;
        }
        java.math.BigInteger v;
        try {
            v = new java.math.BigInteger(clean, base);
        } catch (NumberFormatException e) {
            return null;
        }
        if (clean.charAt(0) == '-' || clean.charAt(0) == '+') {
            return null;
        }
        if (prefixed && digits.isEmpty()) {
            return null;
        }
        if (neg) {
            v = v.negate();
        }
        if (signed) {
            if (v.bitLength() > 63) {
                return null;
            }
            return v.longValue();
        }
        if (v.signum() < 0 || v.bitLength() > 64) {
            return null;
        }
        return v.longValue();
    }

    /** strconv's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
    private static boolean underscoreOk(String s) {
        char saw = '^';
        int i = 0;
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'b' || c == 'o' || c == 'x') {
                i = 2;
                saw = '0';
                hex = c == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (hex && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f')) {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /** strconv.ParseFloat(text, 64) for the forms the lexer lets through; null when it fails. */
    static Double parseFloat(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf('_') >= 0) {
            if (!underscoreOk(text.replaceFirst("^[+-]", ""))) {
                return null;
            }
            text = text.replace("_", "");
        }
        String body = text.replaceFirst("^[+-]", "");
        if (body.isEmpty() || body.equals(".")) {
            return null;
        }
        boolean hex = body.length() > 1 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        if (hex) {
            if (!containsAny(body, "pP")) {
                return null;
            }
        } else {
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (!(Character.isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                    return null;
                }
            }
            if (body.indexOf('o') >= 0 || body.indexOf('b') >= 0) {
                return null;
            }
        }
        try {
            double d = Double.parseDouble(text);
            if (Double.isInfinite(d)) {
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
