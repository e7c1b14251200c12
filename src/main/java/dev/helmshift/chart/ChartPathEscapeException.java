package dev.helmshift.chart;

/** A symlink or an archive entry points outside the chart root; helmshift never reads outside it. */
public final class ChartPathEscapeException extends ChartException {
    public ChartPathEscapeException(String message, String file) {
        super(message, "remove the link or entry, or copy the file into the chart", file, 0, null);
    }
}
