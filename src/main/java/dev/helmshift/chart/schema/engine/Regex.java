package dev.helmshift.chart.schema.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A {@code pattern} or {@code patternProperties} regex: Go's regexp (RE2) syntax through re2j, matched anywhere in
 * the string as {@code MatchString} does.
 */
final class Regex {
    private final String source;
    private final Pattern pattern;

    private Regex(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    /** Compiles, or fails with Go's text: {@code error parsing regexp: missing closing ]: `[a`}. */
    static Regex compile(String source) throws SchemaException {
        try {
            return new Regex(source, Pattern.compile(source));
        } catch (PatternSyntaxException e) {
            throw new SchemaException(e.getMessage());
        }
    }

    boolean matches(String s) {
        return pattern.matcher(s).find();
    }

    @Override
    public String toString() {
        return source;
    }
}
