package dev.helmshift.chart.values;

import dev.helmshift.chart.Profile;
import dev.helmshift.chart.ValueTrees;

import java.util.List;
import java.util.Map;

/**
 * The result of resolving a chart's values for one set of inputs, as {@code helm template} would compute them.
 *
 * @param profile    the profile applied
 * @param values     the effective top-level values ({@code .Values} of the root chart), frozen
 * @param root       the chart tree with only the enabled subcharts, each with its scoped values
 * @param components every direct subchart by name (alias where set) → enabled; declared and undeclared ones
 * @param warnings   what Helm would have logged (non-bool conditions, skipped tables, missing import tables)
 */
public record Resolution(Profile profile, Map<String, Object> values, ResolvedChart root,
                         Map<String, Boolean> components, List<String> warnings) {
    public Resolution {
        values = ValueTrees.freezeMap(values);
        components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
        warnings = List.copyOf(warnings);
    }
}
