package dev.helmshift.analysis.components;

import dev.helmshift.chart.ChartMetadata;

/** The chart's identity as {@code analyze} reports it (JSON field {@code chart}). */
public record ChartInfo(String name, String version, String apiVersion, String appVersion, String description) {
    static ChartInfo of(ChartMetadata m) {
        return new ChartInfo(m.name(), m.version(), m.apiVersion(), m.appVersion(), m.description());
    }
}
