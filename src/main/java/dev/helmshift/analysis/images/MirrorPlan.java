package dev.helmshift.analysis.images;

import dev.helmshift.report.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code images --mirror}: what to copy, which values to set, and what cannot be moved.
 */
public record MirrorPlan(String mirror, MirrorLayout layout, List<MirrorCopy> copies, List<ValueOverride> overrides,
                         List<Finding> findings) {
    public MirrorPlan {
        copies = List.copyOf(copies);
        overrides = List.copyOf(overrides);
        findings = List.copyOf(findings);
    }

    /** The overrides as a nested values map, ready to be written as a values file and passed with {@code -f}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> overridesAsValues() {
        Map<String, Object> root = new LinkedHashMap<>();
        for (ValueOverride o : overrides) {
            String[] keys = o.path().split("\\.");
            Map<String, Object> current = root;
            for (int i = 0; i < keys.length - 1; i++) {
                current = (Map<String, Object>) current.computeIfAbsent(keys[i], k -> new LinkedHashMap<String, Object>());
            }
            current.put(keys[keys.length - 1], o.value());
        }
        return root;
    }
}
