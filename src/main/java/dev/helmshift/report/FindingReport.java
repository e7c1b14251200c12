package dev.helmshift.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of one command run, ready for any format.
 *
 * @param command what ran, e.g. {@code check} or {@code validate}
 * @param subject what it ran on, e.g. {@code istio-1.0.4/istio -> istio-1.4.6/istio}
 * @param findings the findings, sorted by {@link Finding#ORDER}
 * @param rules what each rule id means (SARIF's rule metadata, Markdown's legend)
 */
public record FindingReport(String command, String subject, List<Finding> findings, Map<String, RuleText> rules) {
    public FindingReport {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = Collections.unmodifiableList(sorted);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** Number of findings per rule id, sorted by rule id. */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        return counts;
    }

    /** Number of findings per severity, every severity present (0 when none). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** True when any finding is at {@code threshold} or worse: the command then exits 1. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** The one-line description of a rule, or its id when none was given. */
    public String describe(String rule) {
        return text(rule).summary();
    }

    /** What a rule means; a rule without a description is described by its id. */
    public RuleText text(String rule) {
        return rules.getOrDefault(rule, new RuleText(rule, rule));
    }
}
