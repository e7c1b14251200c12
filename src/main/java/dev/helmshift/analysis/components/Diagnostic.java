package dev.helmshift.analysis.components;

/**
 * A problem found while analysing one profile (JSON {@code profiles[].diagnostics[]}), e.g. a template that failed to
 * render. Positions are 1-based lines and 0-based byte columns, as in Helm's messages; 0 when unknown.
 */
public record Diagnostic(String severity, String code, String file, int line, int column, String message) {
}
