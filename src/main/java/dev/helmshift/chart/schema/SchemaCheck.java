package dev.helmshift.chart.schema;

import java.util.List;
import java.util.Optional;

/**
 * What checking the resolved values against the charts' values.schema.json found.
 *
 * @param violation the violation, or null when the values pass (or no chart has a schema)
 * @param warnings  what helm logs at WARN level meanwhile: an unresolved {@code urn:} reference becomes the
 *                  permissive schema {@code true} and helm says {@code unresolved URN reference ignored; using
 *                  permissive schema urn=URN} (once per URN)
 */
public record SchemaCheck(SchemaViolation violation, List<String> warnings) {
    public SchemaCheck {
        warnings = List.copyOf(warnings);
    }

    public Optional<SchemaViolation> failure() {
        return Optional.ofNullable(violation);
    }

    public boolean passed() {
        return violation == null;
    }

    /** For {@code render}: helm refuses to render, so do we. */
    public void throwIfViolated() {
        if (violation != null) {
            throw new ValuesSchemaException(violation);
        }
    }
}
