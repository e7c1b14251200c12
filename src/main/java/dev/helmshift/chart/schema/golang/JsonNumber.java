package dev.helmshift.chart.schema.golang;

import java.math.BigDecimal;

/**
 * A JSON number kept as its literal text, as Go's {@code json.Number} (a decoder with {@code UseNumber}): no
 * precision is lost, and {@code fmt} prints the literal as written ({@code 1.0}, {@code 1e3}).
 *
 * @param literal the number exactly as the document spells it
 */
public record JsonNumber(String literal) {
    /** The exact value; a JSON number literal is always a valid decimal. */
    public BigDecimal decimal() {
        return new BigDecimal(literal);
    }

    @Override
    public String toString() {
        return literal;
    }
}
