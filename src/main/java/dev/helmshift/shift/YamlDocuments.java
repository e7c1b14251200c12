package dev.helmshift.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads YAML documents as JSON trees while keeping the node positions, so that a schema error on
 * {@code $.spec.steps[1]} can be reported with its line.
 */
final class YamlDocuments {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One document: its JSON tree and the YAML node it came from. */
    record Document(int index, JsonNode json, Node yaml) {
        /** 1-based line of the node at a JSON path like {@code $.spec.steps[1]}, or of the nearest parent found. */
        int lineOf(String jsonPath) {
            Node node = yaml;
            int line = yaml.getStartMark().getLine() + 1;
            for (String segment : segments(jsonPath)) {
                Node[] found = child(node, segment);
                if (found == null) {
                    break;
                }
                line = found[0].getStartMark().getLine() + 1;
                node = found[1];
            }
            return line;
        }
    }

    private YamlDocuments() {
    }

    static List<Document> read(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<Document> documents = new ArrayList<>();
        int index = 0;
        for (Node node : yaml.composeAll(reader)) {
            if (node != null && !(node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL))) {
                documents.add(new Document(index, toJson(node), node));
            }
            index++;
        }
        return documents;
    }

    private static JsonNode toJson(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(tuple.getKeyNode());
                object.set(key, toJson(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            for (Node item : sequence.getValue()) {
                array.add(toJson(item));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (tag.equals(Tag.NULL)) {
                return NODES.nullNode();
            }
            if (tag.equals(Tag.BOOL)) {
                return NODES.booleanNode(List.of("true", "yes", "on", "y").contains(value.toLowerCase(java.util.Locale.ROOT)));
            }
            if (tag.equals(Tag.INT)) {
                BigInteger n = new BigInteger(value.replace("_", "").replace("+", ""));
                return n.bitLength() < 63 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
            }
            if (tag.equals(Tag.FLOAT)) {
                return NODES.numberNode(Double.parseDouble(value.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return NODES.textNode(value);
        }
        return NODES.textNode(value);
    }

    private static List<String> segments(String jsonPath) {
        List<String> out = new ArrayList<>();
        String p = jsonPath.startsWith("$") ? jsonPath.substring(1) : jsonPath;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]|\\['([^']*)']").matcher(p);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? "#" + m.group(2) : m.group(3));
        }
        return out;
    }

    /** The key (or item) node that positions a segment, and the value node to descend into; null when absent. */
    private static Node[] child(Node node, String segment) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(segment)) {
                    return new Node[] {tuple.getKeyNode(), tuple.getValueNode()};
                }
            }
        } else if (node instanceof SequenceNode sequence && segment.startsWith("#")) {
            int i = Integer.parseInt(segment.substring(1));
            return i < sequence.getValue().size() ? new Node[] {sequence.getValue().get(i), sequence.getValue().get(i)} : null;
        }
        return null;
    }

    /** {@code /spec/steps/2} (JSON Pointer, as the validator reports it) as {@code $.spec.steps[2]}. */
    static String jsonPath(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
            return "$";
        }
        if (pointer.startsWith("$")) {
            return pointer;
        }
        StringBuilder out = new StringBuilder("$");
        for (String raw : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            out.append(segment.matches("[0-9]+") ? "[" + segment + "]" : "." + segment);
        }
        return out.toString();
    }
}
