package dev.helmshift.template;

/**
 * Which Go text/template behaviour the engine follows (--go-compat).
 */
public enum GoCompat {
    /**
     * Go 1.18 and later (helm v3/v4): {@code and}/{@code or} short-circuit, and an argument after a parenthesized
     * pipeline or other non-function is the error {@code can't give argument to non-function}.
     */
    CURRENT,
    /**
     * Go 1.13 and earlier, as Helm 2 rendered: extra arguments after a non-function command are silently ignored
     * ({@code if (A) and (B)} is {@code if A}), and {@code and}/{@code or} evaluate every argument. Each such rescue is
     * recorded as a {@link CompatDiagnostic}.
     */
    LEGACY
}
