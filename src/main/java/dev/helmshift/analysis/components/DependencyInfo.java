package dev.helmshift.analysis.components;

import java.util.List;

/**
 * One subchart of the chart (JSON field {@code dependencies[]}): a dependency declared in Chart.yaml or
 * requirements.yaml, or a chart found in charts/ without a declaration ({@code declared=false}, always enabled).
 *
 * @param name      the component name: the alias when one is set, otherwise the chart name
 * @param chart     the chart name in charts/
 * @param version   the declared version constraint, or the subchart's version when undeclared
 * @param condition the declared condition, empty when none
 * @param tags      the declared tags
 * @param alias     the alias, empty when none
 * @param declared  false for a chart found in charts/ that no dependency declares
 */
public record DependencyInfo(String name, String chart, String version, String condition, List<String> tags,
                             String alias, boolean declared) {
    public DependencyInfo {
        tags = List.copyOf(tags);
    }
}
