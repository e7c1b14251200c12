package dev.helmshift.report;

import dev.helmshift.error.BadInputException;

import java.util.Locale;

/** How bad a finding is. Ordered from the most to the least severe; {@code --fail-on} compares with {@link #isAtLeast}. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in every output format and in policies. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as bad as {@code threshold} or worse. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error|warning|info}; anything else is bad input. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new BadInputException("unknown severity '" + text + "'", "use error, warning or info");
    }
}
