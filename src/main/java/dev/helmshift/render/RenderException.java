package dev.helmshift.render;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;

/**
 * A chart that cannot be rendered with the given values: a template failed, or its output is not valid YAML.
 * {@code helm template} exits 1 here; we exit 2 (bad input, ENGINEERING.md §2), since the chart and values are what
 * must change. {@code line}/{@code column} are 0 when the error has no position (column is a 0-based byte offset).
 */
public class RenderException extends HelmshiftException {
    private final String file;
    private final int line;
    private final int column;

    public RenderException(String message, String hint, String file, int line, int column) {
        super(message, hint);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public RenderException(String message, String hint, String file, int line, int column, Throwable cause) {
        super(message, hint, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
