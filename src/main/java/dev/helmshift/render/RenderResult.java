package dev.helmshift.render;

import java.util.List;

/**
 * The outcome of rendering a chart.
 *
 * @param documents   the documents in {@code helm template}'s order (manifests, then hooks)
 * @param sorted      the same split into manifests and hooks, for printing exactly as helm does
 * @param diagnostics failed templates (analysis mode) and legacy-mode rescues, in render order
 */
public record RenderResult(List<RenderedDocument> documents, ManifestSorter.Sorted sorted,
                           List<RenderDiagnostic> diagnostics) {
    public RenderResult {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The text {@code helm template} prints for this render. */
    public String helmText() {
        return HelmTemplateText.print(sorted);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> RenderDiagnostic.ERROR.equals(d.severity()));
    }
}
