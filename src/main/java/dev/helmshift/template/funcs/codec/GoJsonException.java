package dev.helmshift.template.funcs.codec;

/** A JSON encoding or decoding error with Go's encoding/json text, e.g. {@code unexpected end of JSON input}. */
public class GoJsonException extends RuntimeException {
    public GoJsonException(String message) {
        super(message, null, false, false);
    }
}
