package dev.helmshift.template.funcs.codec;

import dev.helmshift.goyaml.GoYamlNumbers;
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
        Number n = GoYamlNumbers.resolve(s);
        if (n == null) {
            return Tag.STR;
        }
        return n instanceof Double ? Tag.FLOAT : Tag.INT;
    }

    /** go-yaml quotes a string that would read back as something else, and sexagesimal-looking numbers. */
    public static boolean canBePlain(String s) {
        return !s.isEmpty() && resolve(s) == Tag.STR && !BASE60_FLOAT.matcher(s).matches();
    }
}
