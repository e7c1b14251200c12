package dev.helmshift.analysis.validate;

import dev.helmshift.analysis.values.ValuePaths;
import dev.helmshift.report.Finding;
import dev.helmshift.report.GoNumbers;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a user's values against what a chart knows ({@link KnownKeys}) and the types of its defaults.
 * <ul>
 *   <li>{@value #UNKNOWN_KEY}: a key that is neither a default nor read by a template; with "did you mean".
 *   Its subtree is not checked further.</li>
 *   <li>{@value #TYPE_MISMATCH}: the user's value has another kind than the default (bool, number, string, map, list).
 *   A null default, or a null user value (which deletes the key, as in Helm), is never a mismatch.</li>
 * </ul>
 */
public final class ValuesValidator {
    public static final String UNKNOWN_KEY = "unknown-key";
    public static final String TYPE_MISMATCH = "type-mismatch";

    private ValuesValidator() {
    }

    public static List<Finding> validate(LocatedValues user, Map<String, Object> coalescedDefaults, KnownKeys known) {
        List<Finding> findings = new ArrayList<>();
        walk(user, user.values(), coalescedDefaults, "", known, findings);
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static void walk(LocatedValues user, Map<String, Object> values, Map<String, Object> defaults, String prefix,
                             KnownKeys known, List<Finding> findings) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String path = ValuePaths.child(prefix, e.getKey());
            Object value = e.getValue();
            boolean hasDefault = defaults != null && defaults.containsKey(e.getKey());
            if (!hasDefault) {
                if (defaults != null && !known.isKnown(path)) {
                    findings.add(unknownKey(user, path, known));
                }
                continue;
            }
            Object fallback = defaults.get(e.getKey());
            if (fallback != null && value != null && !ValuePaths.kind(fallback).equals(ValuePaths.kind(value))) {
                findings.add(typeMismatch(user, path, value, fallback));
                continue;
            }
            if (value instanceof Map<?, ?> child && fallback instanceof Map<?, ?> childDefaults && !childDefaults.isEmpty()) {
                walk(user, (Map<String, Object>) child, (Map<String, Object>) childDefaults, path, known, findings);
            }
        }
    }

    private static Finding unknownKey(LocatedValues user, String path, KnownKeys known) {
        String suggestion = known.suggest(path).orElse(null);
        String message = "unknown key " + path + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                + ": no default of the chart and no template reads it, so it has no effect";
        String fix = suggestion == null ? "remove the key, or check the chart's values.yaml for the right name"
                : "rename " + path + " to " + suggestion;
        return new Finding(UNKNOWN_KEY, Severity.ERROR, message, Location.of(user.file(), user.lineOf(path), path), fix);
    }

    private static Finding typeMismatch(LocatedValues user, String path, Object value, Object fallback) {
        String expected = ValuePaths.kind(fallback);
        String actual = ValuePaths.kind(value);
        String message = path + " is a " + actual + " but the chart's default is a " + expected
                + " (" + describe(fallback) + ")";
        String fix;
        if (expected.equals("bool") && value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            message = path + " is the string \"" + s + "\" where the chart expects a bool; in a template any non-empty "
                    + "string is true";
            fix = "write " + s.toLowerCase() + " without quotes";
        } else {
            fix = "give " + path + " a " + expected + " value like the default";
        }
        return new Finding(TYPE_MISMATCH, Severity.ERROR, message, Location.of(user.file(), user.lineOf(path), path), fix);
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return ValuePaths.kind(value) + " of " + (value instanceof Map<?, ?> m ? m.size() : ((List<?>) value).size());
        }
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(GoNumbers.forDisplay(value));
    }
}
