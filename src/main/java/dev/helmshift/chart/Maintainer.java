package dev.helmshift.chart;

/** A maintainer entry of Chart.yaml. */
public record Maintainer(String name, String email, String url) {
}
