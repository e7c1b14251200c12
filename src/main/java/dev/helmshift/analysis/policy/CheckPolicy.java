package dev.helmshift.analysis.policy;

import dev.helmshift.report.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated {@code CheckPolicy} (policies/check-policy.schema.json). Empty lists and a null maxImages mean "no rule".
 *
 * @param severityOverrides rule id → severity; an empty Optional means "off" (the finding is dropped)
 */
public record CheckPolicy(String name, List<String> allowedRegistries, List<String> forbiddenTags,
                          List<RequiredValue> requiredValues, List<String> forbiddenKinds, List<String> forbiddenApis,
                          Integer maxImages, Map<String, Optional<Severity>> severityOverrides) {

    /** A values key that must be set, and equal {@code expected} when {@code hasExpected}. */
    public record RequiredValue(String path, boolean hasExpected, Object expected) {
    }

    public CheckPolicy {
        allowedRegistries = List.copyOf(allowedRegistries);
        forbiddenTags = List.copyOf(forbiddenTags);
        requiredValues = List.copyOf(requiredValues);
        forbiddenKinds = List.copyOf(forbiddenKinds);
        forbiddenApis = List.copyOf(forbiddenApis);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    /** The policy of no rules, used when no --policy is given. */
    public static CheckPolicy none() {
        return new CheckPolicy("", List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of());
    }
}
