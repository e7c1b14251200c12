package dev.helmshift.render;

/**
 * One YAML document of a render, as {@code helm template} prints it after its {@code # Source:} header.
 *
 * @param source the template path with the chart name first, e.g. {@code istio/charts/pilot/templates/deployment.yaml}
 * @param text   the document text, without the {@code ---} separator and without the Source header
 */
public record RenderedDocument(String source, String text) {
    public RenderedDocument {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a rendered document needs its source template path");
        }
        text = text == null ? "" : text;
    }
}
