package dev.helmshift.render;

/**
 * Something the render reports besides documents: a template that failed (analysis mode), or a place where legacy
 * mode rescued a template that current Go rejects.
 *
 * @param severity {@code error} or {@code warning}
 * @param code     {@code template-parse}, {@code template-exec}, {@code manifest-yaml} or {@code go-compat-legacy}
 * @param file     the template path with the chart name first
 * @param line     1-based line, 0 when unknown
 * @param column   0-based byte column, 0 when unknown
 * @param message  Helm's text (errors) or what legacy mode did and how to fix it
 */
public record RenderDiagnostic(String severity, String code, String file, int line, int column, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
}
