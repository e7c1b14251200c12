package dev.helmshift.analysis.components;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of one profile (JSON {@code profiles[]}).
 *
 * @param name        the profile name ({@code default} is values.yaml)
 * @param file        the profile's file in the chart root
 * @param components  every subchart (alias where set) → enabled, sorted by name
 * @param images      the images the rendered manifests use, sorted and unique (filled by the renderer)
 * @param workloads   the objects of the render that run pods, {@code Kind/name}, sorted and unique (filled by the
 *                    renderer): for a chart without subcharts, what each profile turns on
 * @param diagnostics what went wrong while analysing this profile
 * @param warnings    what Helm would have logged while resolving the values (non-bool conditions, skipped tables)
 */
public record ProfileAnalysis(String name, String file, Map<String, Boolean> components, List<String> images,
                              List<String> workloads, List<Diagnostic> diagnostics, List<String> warnings) {
    public ProfileAnalysis {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        images = List.copyOf(new java.util.TreeSet<>(images));
        workloads = List.copyOf(new java.util.TreeSet<>(workloads));
        diagnostics = List.copyOf(diagnostics);
        warnings = List.copyOf(warnings);
    }

    /** How many components this profile enables. */
    public long enabledCount() {
        return components.values().stream().filter(Boolean::booleanValue).count();
    }
}
