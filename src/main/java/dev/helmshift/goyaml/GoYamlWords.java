package dev.helmshift.goyaml;

import java.util.Set;

/**
 * The fixed words of go-yaml v2's plain-scalar resolution (YAML 1.1 as Helm reads it): the booleans in their three
 * spellings including y/n/on/off, the nulls, and the special floats. Used by {@link GoResolver} (reading) and by the
 * template functions' YAML writer (toYaml quotes these words), see docs/ARCHITECTURE.md.
 */
public final class GoYamlWords {
    private static final Set<String> TRUE = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> SPECIAL_FLOATS = Set.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF",
            "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF");

    private GoYamlWords() {
    }

    public static boolean isTrue(String plain) {
        return TRUE.contains(plain);
    }

    public static boolean isFalse(String plain) {
        return FALSE.contains(plain);
    }

    public static boolean isBool(String plain) {
        return TRUE.contains(plain) || FALSE.contains(plain);
    }

    public static boolean isNull(String plain) {
        return NULL.contains(plain);
    }

    public static boolean isSpecialFloat(String plain) {
        return SPECIAL_FLOATS.contains(plain);
    }

    /** The value of a special float word ({@code .nan}, {@code -.Inf}, ...), or null when it is not one. */
    public static Double specialFloat(String plain) {
        return switch (plain) {
            case ".nan", ".NaN", ".NAN" -> Double.NaN;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
            default -> null;
        };
    }
}
