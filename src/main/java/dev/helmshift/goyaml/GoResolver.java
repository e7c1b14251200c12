package dev.helmshift.goyaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go-yaml v2's {@code resolve(tag, text)}: the tag and Go value of a scalar. Plain scalars are guessed (booleans in
 * YAML 1.1's spellings, nulls, numbers, timestamps); an explicit standard tag must agree with the guess
 * ({@code !!int abc} is "cannot decode !!str `abc` as a !!int", {@code !!float 1} is the float 1); any other tag keeps
 * the text. Values: null, Boolean, Long (Go int), BigInteger (uint64 past int64), Double, String.
 */
final class GoResolver {
    static final String PREFIX = "tag:yaml.org,2002:";
    static final String STR = PREFIX + "str";
    static final String INT = PREFIX + "int";
    static final String FLOAT = PREFIX + "float";
    static final String BOOL = PREFIX + "bool";
    static final String NULL = PREFIX + "null";
    static final String TIMESTAMP = PREFIX + "timestamp";
    static final String BINARY = PREFIX + "binary";
    static final String MERGE = PREFIX + "merge";

    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    /** Go's four accepted layouts: RFC 3339 with T or t (zone required), space-separated without zone, date only. */
    private static final Pattern TIMESTAMP_TEXT = Pattern.compile(
            "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?"
                    + "(?:Z|[-+][0-9]{2}:[0-9]{2}))|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\\.[0-9]+)?))?");

    private GoResolver() {
    }

    record Resolved(String tag, Object value) {
    }

    static Resolved resolve(String tag, String in) {
        if (!resolvable(tag)) {
            return new Resolved(tag, in);
        }
        Resolved guessed = guess(tag, in);
        if (tag.isEmpty() || tag.equals(guessed.tag()) || tag.equals(STR)) {
            return guessed;
        }
        if (tag.equals(FLOAT) && guessed.tag().equals(INT) && guessed.value() instanceof Long l) {
            return new Resolved(FLOAT, l.doubleValue());
        }
        throw YamlSyntaxException.decoder("cannot decode " + shortTag(guessed.tag()) + " `" + in + "` as a "
                + shortTag(tag), 0, 0);
    }

    private static Resolved guess(String tag, String in) {
        char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
        if (hint == 0 || tag.equals(STR)) {
            return new Resolved(STR, in);
        }
        Resolved word = word(in);
        if (word != null) {
            return word;
        }
        if (hint == '.') {
            if (DOT_FLOAT.matcher(in).matches()) {
                double d = Double.parseDouble(in);
                if (!Double.isInfinite(d)) {
                    return new Resolved(FLOAT, d);
                }
            }
        } else if (hint == 'D' || hint == 'S') {
            if ((tag.isEmpty() || tag.equals(TIMESTAMP)) && isTimestamp(in)) {
                return new Resolved(TIMESTAMP, in);
            }
            Number n = GoYamlNumbers.resolve(in);
            if (n instanceof Double) {
                return new Resolved(FLOAT, n);
            }
            if (n != null) {
                return new Resolved(INT, n);
            }
        }
        return new Resolved(STR, in);
    }

    /** go-yaml's first-character table: S(ign), D(igit), M(ap word), '.', or 0 for "certainly a string". */
    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        return c == '.' ? '.' : 0;
    }

    private static Resolved word(String in) {
        if (GoYamlWords.isTrue(in)) {
            return new Resolved(BOOL, Boolean.TRUE);
        }
        if (GoYamlWords.isFalse(in)) {
            return new Resolved(BOOL, Boolean.FALSE);
        }
        if (GoYamlWords.isNull(in)) {
            return new Resolved(NULL, null);
        }
        Double special = GoYamlWords.specialFloat(in);
        if (special != null) {
            return new Resolved(FLOAT, special);
        }
        return in.equals("<<") ? new Resolved(MERGE, in) : null;
    }

    private static boolean resolvable(String tag) {
        return tag.isEmpty() || tag.equals(STR) || tag.equals(BOOL) || tag.equals(INT) || tag.equals(FLOAT)
                || tag.equals(NULL) || tag.equals(TIMESTAMP);
    }

    /** A date (and time) that Go's time.Parse takes in one of go-yaml's layouts, ranges checked. */
    static boolean isTimestamp(String s) {
        Matcher m = TIMESTAMP_TEXT.matcher(s);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        int clock = m.group(4) != null ? 4 : m.group(7) != null ? 7 : 0;
        return clock == 0 || Integer.parseInt(m.group(clock)) < 24 && Integer.parseInt(m.group(clock + 1)) < 60
                && Integer.parseInt(m.group(clock + 2)) < 60;
    }

    static String shortTag(String tag) {
        return tag.startsWith(PREFIX) ? "!!" + tag.substring(PREFIX.length()) : tag;
    }
}
