package dev.helmshift.analysis.snapshot;

import dev.helmshift.analysis.validate.KnownKeys;
import dev.helmshift.render.RenderDiagnostic;
import dev.helmshift.render.RenderedDocument;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One side of an upgrade, as the analyses need it: what the chart knows and what it renders with the user's values.
 *
 * @param label           for messages, e.g. {@code istio 1.4.6}
 * @param defaults        the chart's defaults with all subcharts' ({@link ChartDefaults#allDefaults})
 * @param known           the keys it knows (defaults and template references)
 * @param subcharts       subchart names
 * @param effectiveValues the values its templates saw
 * @param documents       the render, in helm's order
 * @param diagnostics     failed templates and legacy-mode rescues
 * @param sources         the files behind the template names, to place findings on disk
 */
public record ChartSnapshot(String label, Map<String, Object> defaults, KnownKeys known, Set<String> subcharts,
                            Map<String, Object> effectiveValues, List<RenderedDocument> documents,
                            List<RenderDiagnostic> diagnostics, TemplateSources sources) {
    public ChartSnapshot {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
        subcharts = Set.copyOf(subcharts);
    }
}
