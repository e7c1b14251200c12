package dev.helmshift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON writing for every command. We build Jackson trees (ObjectNode/ArrayNode) or plain Map/List/String/Number
 * values, never bind records by reflection, so native images need no registration. Every entry point checks that with
 * {@link PlainValues}, and ArchitectureTest allows Jackson's Object-taking entry points (valueToTree,
 * writeValueAsString, ...) nowhere else.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private Json() {
    }

    /** One-line JSON of a plain value, e.g. {@code "text"}, {@code ["a","b"]}, {@code {"k":1}}. */
    public static String compact(Object plain) {
        try {
            return COMPACT.writeValueAsString(PlainValues.require(plain));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Pretty JSON of a tree or of plain Map/List/scalar values, with a final newline. */
    public static String write(Object treeOrPlain) {
        try {
            return MAPPER.writeValueAsString(tree(treeOrPlain)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** A Jackson tree of plain Map/List/scalar values (e.g. parsed YAML), to validate against a schema or send. */
    public static JsonNode tree(Object treeOrPlain) {
        return treeOrPlain instanceof JsonNode n ? n : COMPACT.valueToTree(PlainValues.require(treeOrPlain));
    }
}
