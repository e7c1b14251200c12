package dev.helmshift.chart;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;

/**
 * Root of every error about a chart or its values: the input is wrong, so the exit code is 2.
 * Subclasses carry where it happened; {@link #file()} is the chart-relative or user-given path, or null.
 */
public class ChartException extends HelmshiftException {
    private final String file;
    private final int line;

    public ChartException(String message, String hint) {
        this(message, hint, null, 0, null);
    }

    public ChartException(String message, String hint, String file, int line, Throwable cause) {
        super(message, hint, cause);
        this.file = file;
        this.line = line;
    }

    /** The file the problem is in, or null. */
    public String file() {
        return file;
    }

    /** The 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** {@code file:line}, {@code file}, or an empty string. */
    protected static String where(String file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
