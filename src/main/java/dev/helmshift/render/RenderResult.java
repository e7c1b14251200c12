package dev.helmshift.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of rendering a chart.
 *
 * @param documents   the documents in {@code helm template}'s order (manifests, then hooks)
 * @param sorted      the same split into manifests and hooks, for printing exactly as helm does
 * @param diagnostics failed templates (analysis mode) and legacy-mode rescues, in render order
 * @param values      the root chart's {@code .Values} as its templates left it (frozen): the values given unless a
 *                    template changed them, as Istio 1.21+'s {@code zzz_profile.yaml} does when it merges the chosen
 *                    profile and the chart's defaults in; this is what the templates worked with
 */
public record RenderResult(List<RenderedDocument> documents, ManifestSorter.Sorted sorted,
                           List<RenderDiagnostic> diagnostics, Map<String, Object> values) {
    public RenderResult {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The text {@code helm template} prints for this render. */
    public String helmText() {
        return HelmTemplateText.print(sorted);
    }

    /** The same render with these diagnostics before its own (helm's checks that come before any template). */
    public RenderResult withLeadingDiagnostics(List<RenderDiagnostic> first) {
        List<RenderDiagnostic> all = new ArrayList<>(first);
        all.addAll(diagnostics);
        return new RenderResult(documents, sorted, all, values);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> RenderDiagnostic.ERROR.equals(d.severity()));
    }
}
