package dev.helmshift.render;

import dev.helmshift.chart.schema.ChartSchemaReport;
import dev.helmshift.chart.schema.SchemaCheck;
import dev.helmshift.chart.schema.SchemaViolation;
import dev.helmshift.chart.schema.ValuesSchemas;
import dev.helmshift.chart.values.Resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * Helm v4 checks the coalesced values against the values.schema.json of the chart and of every enabled subchart
 * before it renders anything ({@code ToRenderValuesWithSchemaValidation}), and refuses to render when they break
 * one. Fail-fast renders do the same; analyses render anyway and report each chart's part of helm's message, so the
 * user sees both what helm would refuse and what the chart would have rendered.
 */
final class ValuesSchemaGate {
    private ValuesSchemaGate() {
    }

    /**
     * @throws dev.helmshift.chart.schema.ValuesSchemaException in fail-fast mode, with helm's message, when the values
     *                                                        break a schema
     */
    static List<RenderDiagnostic> check(Resolution resolution, RenderOptions options) {
        if (!options.schemaValidation()) {
            return List.of();
        }
        SchemaCheck check = ValuesSchemas.check(resolution);
        if (options.failFast()) {
            check.throwIfViolated();
        }
        List<RenderDiagnostic> diagnostics = new ArrayList<>();
        String rootSchema = resolution.root().path() + "/values.schema.json";
        for (String warning : check.warnings()) {
            diagnostics.add(new RenderDiagnostic(RenderDiagnostic.WARNING, RenderDiagnostic.VALUES_SCHEMA, rootSchema, 0, 0, warning));
        }
        check.failure().ifPresent(violation -> {
            for (ChartSchemaReport chart : violation.charts()) {
                diagnostics.add(new RenderDiagnostic(RenderDiagnostic.ERROR, RenderDiagnostic.VALUES_SCHEMA, chart.chartPath() + "/values.schema.json",
                        0, 0, SchemaViolation.HEADER + "\n" + chart.section().stripTrailing()));
            }
        });
        return diagnostics;
    }
}
