package dev.helmshift.template;

/**
 * A place where {@link GoCompat#LEGACY} evaluated a template that current Go rejects.
 *
 * @param templateName the template (file) holding the node
 * @param line         1-based line
 * @param column       0-based byte column
 * @param node         the command text as Go prints it, e.g. {@code (.Values.a) and (.Values.b)}
 * @param message      what legacy mode did, e.g. {@code arguments after non-function (.Values.a) were ignored}
 * @param fix          how to write it for current Go, e.g. {@code write "and (.Values.a) (.Values.b)"}
 */
public record CompatDiagnostic(String templateName, int line, int column, String node, String message, String fix) {
}
