package dev.helmshift.chart.schema;

import java.util.List;

/**
 * One chart's part of helm's schema error: the section {@code NAME:} followed by {@link #text()}.
 *
 * @param name         the section name helm prints: the chart's name, or its alias where the parent gives one
 * @param chartPath    the chart in helm's template-path form: {@code istio}, {@code istio/charts/gateway}
 * @param schemaFile   the chart's values.schema.json as a path for messages ({@code CHART/values.schema.json});
 *                     for {@link Problem#VALUES_NOT_A_MAP} the file of the schema that was not applied
 * @param valuesPrefix where the chart's values sit in the root chart's values ({@code [gateway]})
 * @param problem      what went wrong
 * @param text         helm's text after {@code NAME:\n}, exactly (with its final newline where helm has one)
 * @param findings     for {@link Problem#VIOLATIONS}, every failed check; empty otherwise
 */
public record ChartSchemaReport(String name, String chartPath, String schemaFile, List<String> valuesPrefix,
                                Problem problem, String text, List<SchemaFinding> findings) {
    /** Why a chart has a section. */
    public enum Problem {
        /** The values break the schema. */
        VIOLATIONS,
        /** The schema itself cannot be used: not JSON, rejected by its meta-schema, a bad regex or reference. */
        UNUSABLE_SCHEMA,
        /** The parent gives the subchart something other than a map (helm's "invalid type for values"). */
        VALUES_NOT_A_MAP
    }

    public ChartSchemaReport {
        valuesPrefix = List.copyOf(valuesPrefix);
        findings = List.copyOf(findings);
    }

    /** The section as helm prints it: {@code NAME:\nTEXT}. */
    public String section() {
        return name + ":\n" + text;
    }
}
