package dev.helmshift.chart.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * One failed check of a chart's values.schema.json: a leaf of helm's error tree, for reports that point at the
 * value and at the schema.
 *
 * @param pointer       where in the chart's values, as helm prints it: {@code /image/tag}, {@code ""} for the
 *                      whole values
 * @param tokens        the same location as keys (and list indexes) of the chart's values
 * @param valuesPrefix  where the chart's values sit in the root chart's values: empty for the root chart,
 *                      {@code [gateway]} for its subchart {@code gateway}
 * @param keyword       the schema keyword that failed ({@code additionalProperties}, {@code type}, ...); empty for
 *                      structural failures such as a {@code false} schema
 * @param message       helm's message for it, e.g. {@code additional properties 'x' not allowed}
 * @param schemaPointer where in values.schema.json the failing schema is, e.g. {@code #/$defs/values}
 * @param names         the property names the finding is about, below {@link #tokens}: the extra ones of
 *                      additionalProperties, the missing ones of required and dependencies, the refused one of
 *                      propertyNames; empty otherwise
 */
public record SchemaFinding(String pointer, List<String> tokens, List<String> valuesPrefix, String keyword,
                            String message, String schemaPointer, List<String> names) {
    public SchemaFinding {
        tokens = List.copyOf(tokens);
        valuesPrefix = List.copyOf(valuesPrefix);
        names = List.copyOf(names);
    }

    /** The location from the root chart's values: the prefix, then the tokens. */
    public List<String> rootTokens() {
        List<String> out = new ArrayList<>(valuesPrefix);
        out.addAll(tokens);
        return List.copyOf(out);
    }
}
