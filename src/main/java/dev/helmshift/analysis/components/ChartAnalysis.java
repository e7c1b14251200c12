package dev.helmshift.analysis.components;

import java.util.List;

/**
 * What {@code helmshift analyze} reports: the chart, its subcharts, and per profile the component matrix
 * (with images and diagnostics once rendering is wired in).
 */
public record ChartAnalysis(ChartInfo chart, List<DependencyInfo> dependencies, List<ProfileAnalysis> profiles) {
    public ChartAnalysis {
        dependencies = List.copyOf(dependencies);
        profiles = List.copyOf(profiles);
    }

    /** Every component name, in the order of the matrix rows. */
    public List<String> componentNames() {
        return dependencies.stream().map(DependencyInfo::name).distinct().sorted().toList();
    }
}
