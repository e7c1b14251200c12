package dev.helmshift.render;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ValueTrees;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.Resolution;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.template.exec.FuncMap;

import java.nio.file.Path;
import java.util.List;

/**
 * "What does {@code helm template} give for this chart and these values": resolves the values (profile, -f, --set,
 * dependency conditions) with the chart loader's resolver and renders with {@link HelmRenderer}. The entry point for
 * the {@code render} command and the analyses.
 */
public final class ChartRenderService {
    private final HelmRenderer renderer;

    public ChartRenderService(FuncMap funcs) {
        this.renderer = new HelmRenderer(funcs);
    }

    /** A service with every function helm offers templates (Go builtins, Sprig, Helm's own). */
    public static ChartRenderService withHelmFunctions() {
        return new ChartRenderService(TemplateFunctions.helm());
    }

    public RenderResult render(Path chartPath, ValueInputs inputs, RenderOptions options) {
        return render(ChartLoader.load(chartPath), inputs, options);
    }

    public RenderResult render(Chart chart, ValueInputs inputs, RenderOptions options) {
        return render(ValuesResolver.resolve(chart, inputs), options);
    }

    /**
     * Renders a resolution, after checking its values against the charts' values.schema.json as helm does (unless
     * the options skip it). The values are copied into mutable maps first, because templates may change them
     * (Sprig's {@code set}/{@code unset}), and in Helm such changes are seen by the templates rendered after.
     *
     * @throws dev.helmshift.chart.schema.ValuesSchemaException in fail-fast mode, when the values break a schema
     */
    public RenderResult render(Resolution resolution, RenderOptions options) {
        List<RenderDiagnostic> schema = ValuesSchemaGate.check(resolution, options);
        RenderResult result = renderer.render(ChartModelSource.of(resolution.root()),
                ValueTrees.mutableCopyMap(resolution.values()), options);
        return schema.isEmpty() ? result : result.withLeadingDiagnostics(schema);
    }
}
