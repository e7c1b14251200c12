package dev.helmshift.chart.values;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ChartMetadata;
import dev.helmshift.chart.Template;
import dev.helmshift.chart.ValueTrees;

import java.util.List;
import java.util.Map;

/**
 * A chart as the renderer sees it after resolution: its name in the parent (the alias when set), its scoped
 * values ({@code .Values} of its templates: the root gets the effective values, a subchart its parent's
 * {@code <name>:} table), and its enabled subcharts only.
 *
 * @param name      the chart name, or the alias it was given
 * @param chart     the loaded chart
 * @param values    the values its templates see, frozen
 * @param subcharts the enabled subcharts, in name order
 * @param path      the template path prefix: {@code istio} for the root, {@code istio/charts/pilot} below it
 */
public record ResolvedChart(String name, Chart chart, Map<String, Object> values, List<ResolvedChart> subcharts,
                            String path) {
    public ResolvedChart {
        values = ValueTrees.freezeMap(values);
        subcharts = List.copyOf(subcharts);
    }

    /** The metadata as {@code .Chart} shows it: the alias replaces the name. */
    public ChartMetadata metadata() {
        return chart.metadata().name().equals(name) ? chart.metadata() : chart.metadata().withName(name);
    }

    /** The full template name Helm uses in {@code # Source:} and errors, e.g. {@code istio/charts/pilot/templates/x.yaml}. */
    public String templateName(Template template) {
        return path + "/" + template.path();
    }

    /** This chart and every enabled chart below it, parents first. */
    public List<ResolvedChart> allCharts() {
        java.util.ArrayList<ResolvedChart> out = new java.util.ArrayList<>();
        collect(out);
        return List.copyOf(out);
    }

    private void collect(List<ResolvedChart> out) {
        out.add(this);
        for (ResolvedChart sub : subcharts) {
            sub.collect(out);
        }
    }
}
