package dev.helmshift.analysis.components;

import dev.helmshift.error.BadInputException;

/**
 * Rendering options {@code analyze} accepts and passes on to the renderer when images and diagnostics are computed.
 *
 * @param goCompat    {@code current} (Go ≥ 1.18, helm v3/v4) or {@code legacy} (Go ≤ 1.13, Helm 2)
 * @param kubeVersion the Kubernetes version templates see, or null for helm's default
 * @param skipSchemaValidation true to skip checking the values against the charts' values.schema.json (helm's flag)
 */
public record AnalyzeOptions(String goCompat, String kubeVersion, boolean skipSchemaValidation) {
    public static final String CURRENT = "current";
    public static final String LEGACY = "legacy";

    public AnalyzeOptions {
        goCompat = goCompat == null ? CURRENT : goCompat.toLowerCase(java.util.Locale.ROOT);
        if (!goCompat.equals(CURRENT) && !goCompat.equals(LEGACY)) {
            throw new BadInputException("unknown --go-compat mode '" + goCompat + "'", "use current or legacy");
        }
    }

    public static AnalyzeOptions defaults() {
        return new AnalyzeOptions(CURRENT, null, false);
    }
}
