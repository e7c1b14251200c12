package dev.helmshift.chart.values;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.ValueTrees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mutable working copy Helm's dependency processing edits in place (chart.Chart with its Metadata): the name
 * (the alias once applied), the current default values (import-values replaces them), the declared dependencies
 * still in play and the subcharts still enabled. Lives only inside one resolution.
 */
final class WorkingChart {
    final Chart chart;
    String name;
    Map<String, Object> values;
    List<Dependency> dependencies;
    List<WorkingChart> subcharts;

    private WorkingChart(Chart chart, String name) {
        this.chart = chart;
        this.name = name;
        this.values = ValueTrees.mutableCopyMap(chart.values());
        this.dependencies = new ArrayList<>(chart.metadata().dependencies());
        this.subcharts = new ArrayList<>();
    }

    static WorkingChart of(Chart chart) {
        WorkingChart w = new WorkingChart(chart, chart.name());
        for (Chart sub : chart.subcharts()) {
            w.subcharts.add(of(sub));
        }
        return w;
    }

    /** A copy under another name: what Helm's getAliasDependency hands back for an aliased dependency. */
    WorkingChart renamed(String newName) {
        WorkingChart copy = new WorkingChart(chart, newName);
        copy.values = ValueTrees.mutableCopyMap(values);
        copy.dependencies = new ArrayList<>(dependencies);
        copy.subcharts = new ArrayList<>(subcharts);
        return copy;
    }

    boolean declaresDependencies() {
        return !dependencies.isEmpty();
    }
}
