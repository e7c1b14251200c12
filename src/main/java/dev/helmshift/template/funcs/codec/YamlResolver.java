package dev.helmshift.template.funcs.codec;

import dev.helmshift.goyaml.GoYamlWords;
import dev.helmshift.template.funcs.value.GoStrconv;

import com.google.re2j.Pattern;

/**
 * How go-yaml v2 would read a plain (unquoted) scalar: as a string, or as a bool, null, number or timestamp. The
 * encoder quotes a string exactly when reading it back plain would not give the same string.
 */
public final class YamlResolver {
    private YamlResolver() {
    }

    /** The YAML type a plain scalar resolves to. */
    public enum Tag { STR, BOOL, NULL, INT, FLOAT, TIMESTAMP }

    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BASE60_FLOAT = Pattern.compile("[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}(([Tt]|\\s+)\\d{1,2}:\\d{2}:\\d{2}(\\.\\d*)?\\s*(Z|[-+]\\d{1,2}(:?\\d{2})?)?)?");

    public static Tag resolve(String s) {
        if (GoYamlWords.isBool(s)) {
            return Tag.BOOL;
        }
        if (GoYamlWords.isNull(s)) {
            return Tag.NULL;
        }
        if (GoYamlWords.isSpecialFloat(s)) {
            return Tag.FLOAT;
        }
        char hint = s.charAt(0);
        if (hint == '.') {
            try {
                GoStrconv.parseFloat(s);
                return Tag.FLOAT;
            } catch (NumberFormatException e) {
                return Tag.STR;
            }
        }
        if (hint == '+' || hint == '-' || (hint >= '0' && hint <= '9')) {
            return resolveNumber(s);
        }
        return Tag.STR;
    }

    private static Tag resolveNumber(String s) {
        if (TIMESTAMP.matcher(s).matches()) {
            return Tag.TIMESTAMP;
        }
        String plain = s.replace("_", "");
        if (parsesAsInt(plain)) {
            return Tag.INT;
        }
        if (YAML_FLOAT.matcher(plain).matches()) {
            return Tag.FLOAT;
        }
        if (plain.startsWith("0b") || plain.startsWith("-0b")) {
            try {
                GoStrconv.parseInt(plain.replace("0b", ""), 2);
                return Tag.INT;
            } catch (NumberFormatException e) {
                return Tag.STR;
            }
        }
        return Tag.STR;
    }

    private static boolean parsesAsInt(String plain) {
        try {
            GoStrconv.parseInt(plain, 0);
            return true;
        } catch (NumberFormatException e) {
            if ("value out of range".equals(e.getMessage()) && !plain.startsWith("-")) {
                return fitsUint64(plain);
            }
            return false;
        }
    }

    private static boolean fitsUint64(String plain) {
        try {
            java.math.BigInteger v = new java.math.BigInteger(plain.startsWith("+") ? plain.substring(1) : plain);
            return v.bitLength() <= 64;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** go-yaml quotes a string that would read back as something else, and sexagesimal-looking numbers. */
    public static boolean canBePlain(String s) {
        return !s.isEmpty() && resolve(s) == Tag.STR && !BASE60_FLOAT.matcher(s).matches();
    }
}
