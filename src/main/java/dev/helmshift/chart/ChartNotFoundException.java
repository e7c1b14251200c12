package dev.helmshift.chart;

/** The chart folder, archive or its Chart.yaml does not exist. */
public final class ChartNotFoundException extends ChartException {
    public ChartNotFoundException(String message, String hint, String file) {
        super(message, hint, file, 0, null);
    }
}
