package dev.helmshift.chart.schema;

import java.util.List;

/**
 * The values of a chart (or of its enabled subcharts) do not meet their values.schema.json, or a schema cannot be
 * used: helm v4.1.4 refuses to render.
 *
 * @param message helm's error text exactly, i.e. what it prints after {@code Error: }: the line
 *                {@code values don't meet the specifications of the schema(s) in the following chart(s):} and each
 *                chart's section in helm's order (the chart, then its subcharts depth first)
 * @param charts  the sections, in that order
 */
public record SchemaViolation(String message, List<ChartSchemaReport> charts) {
    /** The first line of helm's message. */
    public static final String HEADER = "values don't meet the specifications of the schema(s) in the following chart(s):";

    public SchemaViolation {
        charts = List.copyOf(charts);
    }

    static SchemaViolation of(List<ChartSchemaReport> charts) {
        StringBuilder message = new StringBuilder(HEADER).append('\n');
        for (ChartSchemaReport chart : charts) {
            message.append(chart.section());
        }
        return new SchemaViolation(message.toString(), charts);
    }

    /** Every finding of every chart, in message order. */
    public List<SchemaFinding> findings() {
        return charts.stream().flatMap(c -> c.findings().stream()).toList();
    }
}
