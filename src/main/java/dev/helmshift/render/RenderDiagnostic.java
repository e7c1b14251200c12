package dev.helmshift.render;

/**
 * Something the render reports besides documents: values that break a chart's values.schema.json or a template that
 * failed (analysis mode), or a place where legacy mode rescued a template that current Go rejects.
 *
 * @param severity {@code error} or {@code warning}
 * @param code     {@code values-schema}, {@code template-parse}, {@code template-exec}, {@code manifest-yaml} or
 *                 {@code go-compat-legacy}
 * @param file     the template path with the chart name first ({@code CHART/values.schema.json} for values-schema)
 * @param line     1-based line, 0 when unknown
 * @param column   0-based byte column, 0 when unknown
 * @param message  Helm's text (errors) or what legacy mode did and how to fix it
 */
public record RenderDiagnostic(String severity, String code, String file, int line, int column, String message) {
    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    /** The code of values that break a chart's values.schema.json: helm refuses to render them. */
    public static final String VALUES_SCHEMA = "values-schema";

    /** The message without its first line: for a values-schema error, the chart's section of helm's report. */
    public String detail() {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(newline + 1);
    }
}
