package dev.helmshift.template.exec;

import dev.helmshift.template.CompatDiagnostic;

import java.util.List;

/**
 * The output of executing one template.
 *
 * @param output      the text, exactly as Go writes it (Helm's later {@code <no value>} stripping is the caller's)
 * @param diagnostics the places where legacy mode rescued the template (empty in current mode)
 */
public record ExecResult(String output, List<CompatDiagnostic> diagnostics) {
    public ExecResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
