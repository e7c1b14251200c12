package dev.helmshift.report;

/**
 * Where a finding sits among the files on disk, for code-scanning reports (SARIF, JUnit): a path as the process
 * sees it (relative to the working directory, or absolute) and a 1-based line in that file (0 when the finding
 * concerns the whole file, e.g. a template inside a .tgz archive).
 */
public record SourceFile(String file, int line) {
    public SourceFile {
        if (file == null || file.isEmpty()) {
            throw new IllegalArgumentException("a source file needs a path");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or positive: " + line);
        }
    }
}
