package dev.helmshift.chart.schema;

import dev.helmshift.chart.ChartException;

/**
 * Rendering refused because the values break a chart's values.schema.json (or a schema is unusable). The message
 * is helm's text after {@code Error: }, several lines; {@link #file()} is the schema of the first chart named.
 */
public final class ValuesSchemaException extends ChartException {
    private final transient SchemaViolation violation;

    public ValuesSchemaException(SchemaViolation violation) {
        super(violation.message(), "change the values to meet the schema, or pass --skip-schema-validation",
                violation.charts().isEmpty() ? null : violation.charts().get(0).schemaFile(), 0, null);
        this.violation = violation;
    }

    public SchemaViolation violation() {
        return violation;
    }
}
