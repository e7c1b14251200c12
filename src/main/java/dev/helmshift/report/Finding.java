package dev.helmshift.report;

import java.util.Comparator;
import java.util.Objects;

/**
 * One result of an analysis: a stable rule id (e.g. {@code unknown-key}), a severity, what was found, where, and how to fix it.
 */
public record Finding(String rule, Severity severity, String message, Location location, String fix) {

    /** The order of every output: severity first, then rule, file, line, path and message, so outputs are stable. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(f -> f.location().path())
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? Location.path("") : location;
        fix = fix == null ? "" : fix;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, location, fix);
    }
}
