package dev.helmshift.analysis.components;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.Profile;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the component matrix: for each chosen profile, which subcharts Helm would enable, using the same
 * resolution as the renderer ({@link ValuesResolver}). Returns data; prints nothing.
 */
public final class ComponentAnalyzer {
    private ComponentAnalyzer() {
    }

    /**
     * Analyses the chart for each profile, with the user's -f files and --set expressions applied on top of each.
     *
     * @param profiles profile names to analyse, in order; each must exist
     * @param inputs   the -f/--set inputs; its profile is ignored
     */
    public static ChartAnalysis analyze(Chart chart, List<String> profiles, ValueInputs inputs) {
        List<Profile> chosen = profiles.stream().map(chart::profile).toList();
        List<ProfileAnalysis> results = new ArrayList<>();
        for (Profile profile : chosen) {
            Resolution r = ValuesResolver.resolve(chart, inputs.withProfile(profile.name()));
            results.add(new ProfileAnalysis(profile.name(), profile.file(), r.components(), List.of(), List.of(), List.of(),
                    r.warnings()));
        }
        return new ChartAnalysis(ChartInfo.of(chart.metadata()), dependencies(chart), results);
    }

    /** The profile names of the chart, {@code default} first. */
    public static List<String> allProfiles(Chart chart) {
        return chart.profiles().stream().map(Profile::name).toList();
    }

    private static List<DependencyInfo> dependencies(Chart chart) {
        List<DependencyInfo> out = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (Dependency d : chart.metadata().dependencies()) {
            declared.add(d.name());
            out.add(new DependencyInfo(d.effectiveName(), d.name(), d.version(), d.condition(), d.tags(), d.alias(), true));
        }
        for (Chart sub : chart.subcharts()) {
            if (!declared.contains(sub.name())) {
                out.add(new DependencyInfo(sub.name(), sub.name(), sub.metadata().version(), "", List.of(), "", false));
            }
        }
        out.sort(java.util.Comparator.comparing(DependencyInfo::name));
        return out;
    }
}
