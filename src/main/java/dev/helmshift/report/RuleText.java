package dev.helmshift.report;

import java.util.Objects;

/**
 * What a rule id means, for reports that describe their rules (SARIF's rule metadata, the Markdown legend).
 *
 * @param summary one line: what the rule finds
 * @param help    why it matters and what to do about it, in general (each finding's own fix is more precise)
 */
public record RuleText(String summary, String help) {
    public RuleText {
        Objects.requireNonNull(summary, "summary");
        help = help == null || help.isBlank() ? summary : help;
    }
}
