package dev.helmshift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON writing for every command. We build Jackson trees (ObjectNode/ArrayNode) or plain Map/List/String/Number
 * values, never bind records by reflection, so native images need no registration.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** One-line JSON of a plain value, e.g. {@code "text"}, {@code ["a","b"]}, {@code {"k":1}}. */
    public static String compact(Object plain) {
        try {
            return new ObjectMapper().writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Pretty JSON of a tree or of plain Map/List/scalar values, with a final newline. */
    public static String write(Object treeOrPlain) {
        try {
            JsonNode node = treeOrPlain instanceof JsonNode n ? n : MAPPER.valueToTree(treeOrPlain);
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
