package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoQuote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The library's error tree: what failed ({@link #kind()}), where in the instance ({@link #instanceLocation()}),
 * against which schema, and the errors that caused it. {@link #text()} is its {@code Error()}: one line per error,
 * nested causes indented by two spaces behind {@code - }, a reference with a single cause left out.
 */
public final class ValidationError {
    private static final String DASH = "- ";

    String schemaUrl;
    List<String> instanceLocation;
    ErrorKind kind;
    List<ValidationError> causes = new ArrayList<>();

    ValidationError(String schemaUrl, List<String> instanceLocation, ErrorKind kind) {
        this.schemaUrl = schemaUrl;
        this.instanceLocation = instanceLocation;
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The tokens of the instance location ({@code ["image", "tag"]} for {@code /image/tag}). */
    public List<String> instanceLocation() {
        return instanceLocation == null ? List.of() : Collections.unmodifiableList(instanceLocation);
    }

    /** The instance location as a JSON pointer, e.g. {@code /image/tag}; empty for the whole document. */
    public String instancePointer() {
        return Urls.jsonPtr(instanceLocation());
    }

    /** The schema that failed, e.g. {@code file:///values.schema.json#/properties/image}. */
    public String schemaUrl() {
        return schemaUrl;
    }

    public List<ValidationError> causes() {
        return Collections.unmodifiableList(causes);
    }

    /** A reference with exactly one cause is not shown: its cause stands in for it. */
    boolean skipped() {
        return causes.size() == 1 && kind instanceof ErrorKind.Reference;
    }

    /** The errors a reader sees: this one's leaves, references with one cause looked through. */
    public List<ValidationError> leaves() {
        List<ValidationError> out = new ArrayList<>();
        collectLeaves(out);
        return out;
    }

    private void collectLeaves(List<ValidationError> out) {
        if (causes.isEmpty()) {
            out.add(this);
            return;
        }
        for (ValidationError cause : causes) {
            cause.collectLeaves(out);
        }
    }

    /** The library's {@code Error()}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        display(sb, 0);
        return sb.toString();
    }

    private void display(StringBuilder sb, int indent) {
        int next = indent;
        if (!skipped()) {
            if (indent > 0) {
                sb.append('\n').append("  ".repeat(indent - 1)).append(DASH);
            }
            next = indent + 1;
            if (kind instanceof ErrorKind.SchemaRoot) {
                sb.append(kind.message());
            } else {
                sb.append("at ").append(GoQuote.single(instancePointer())).append(": ").append(kind.message());
            }
        }
        for (ValidationError cause : causes) {
            cause.display(sb, next);
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
