package dev.helmshift.chart.schema;

import dev.helmshift.chart.schema.engine.JsonSchema;
import dev.helmshift.chart.schema.engine.ValidationError;
import dev.helmshift.chart.schema.golang.GoTypes;

/** The texts helm makes of validation results (its {@code JSONSchemaValidationError} and the type message). */
final class HelmSchemaText {
    private static final String LIBRARY_PREFIX = "jsonschema validation failed with '" + JsonSchema.HELM_LOCATION + "#'\n";

    private HelmSchemaText() {
    }

    /** The library's text without its first line, plus a newline, as helm words a chart's violations. */
    static String of(ValidationError err) {
        String text = err.text();
        return (text.startsWith(LIBRARY_PREFIX) ? text.substring(LIBRARY_PREFIX.length()) : text) + "\n";
    }

    static String goType(Object v) {
        return GoTypes.name(v);
    }
}
