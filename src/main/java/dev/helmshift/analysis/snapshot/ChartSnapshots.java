package dev.helmshift.analysis.snapshot;

import dev.helmshift.analysis.validate.KnownKeys;
import dev.helmshift.analysis.validate.TemplateReferences;
import dev.helmshift.chart.Chart;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.render.ChartRenderService;
import dev.helmshift.render.RenderOptions;
import dev.helmshift.render.RenderResult;

import java.nio.file.Path;

/** Loads, resolves and renders a chart (analysis mode: failed templates become diagnostics) into a {@link ChartSnapshot}. */
public final class ChartSnapshots {
    private ChartSnapshots() {
    }

    public static ChartSnapshot of(Path chartPath, ValueInputs inputs, RenderOptions options) {
        Chart chart = ChartLoader.load(chartPath);
        Resolution resolution = ValuesResolver.resolve(chart, inputs);
        RenderResult result = ChartRenderService.withHelmFunctions().render(resolution, options.collectingErrors());
        var defaults = ChartDefaults.reshaped(resolution, result)
                ? ChartDefaults.asTemplatesSeeThem(chart, inputs.profile(), options) : ChartDefaults.allDefaults(chart);
        var known = new KnownKeys(defaults, TemplateReferences.scan(ChartDefaults.templates(chart)));
        String version = chart.metadata().version();
        String app = chart.metadata().appVersion();
        String label = chart.name() + " " + version + (app == null || app.isBlank() || app.equals(version) ? "" : " (app " + app + ")");
        return new ChartSnapshot(label, defaults, known, ChartDefaults.subchartNames(chart), result.values(),
                result.documents(), result.diagnostics(), TemplateSources.of(resolution.root()));
    }
}
