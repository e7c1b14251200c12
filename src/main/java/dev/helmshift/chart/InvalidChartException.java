package dev.helmshift.chart;

/** The chart's content breaks a rule Helm enforces: a missing name or version, a stray file in charts/, a bad archive. */
public final class InvalidChartException extends ChartException {
    public InvalidChartException(String message, String hint, String file, int line) {
        super(where(file, line).isEmpty() ? message : where(file, line) + ": " + message, hint, file, line, null);
    }
}
