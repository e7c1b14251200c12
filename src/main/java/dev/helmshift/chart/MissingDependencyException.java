package dev.helmshift.chart;

import java.util.List;

/** A dependency is declared in Chart.yaml/requirements.yaml but no matching chart is in charts/. */
public final class MissingDependencyException extends ChartException {
    private final List<String> missing;

    public MissingDependencyException(String declaredIn, List<String> missing) {
        super(declaredIn + ": dependencies declared but missing in charts/: " + String.join(", ", missing),
                "run 'helm dependency build' or copy the charts into charts/", declaredIn, 0, null);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
