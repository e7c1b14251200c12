package dev.helmshift.chart.schema.engine;

/**
 * A schema that cannot be compiled: unreadable JSON, a document its meta-schema rejects, a bad regex, a reference
 * that does not resolve or cannot be loaded. The message is the text santhosh-tekuri/jsonschema v6.0.2 gives
 * (what helm prints under the chart's name), e.g. {@code json-pointer in "file:///values.schema.json#/$defs/x" not found}.
 */
public final class SchemaException extends Exception {
    public SchemaException(String message) {
        super(message, null, false, false);
    }
}
