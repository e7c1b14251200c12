package dev.helmshift.chart.schema.golang;

/** A document Go's encoding/json refuses; the message is Go's error text ({@code unexpected EOF}, {@code EOF}, ...). */
public final class GoJsonException extends Exception {
    public GoJsonException(String message) {
        super(message, null, false, false);
    }
}
