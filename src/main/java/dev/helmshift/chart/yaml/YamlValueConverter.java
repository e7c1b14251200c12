package dev.helmshift.chart.yaml;

import dev.helmshift.chart.ChartYamlException;
import dev.helmshift.goyaml.GoYamlWords;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts a node tree to the Go value model, as go-yaml v2 then JSON would: keys are strings, numbers Doubles. */
final class YamlValueConverter {
    /** Values allowed in one document after alias expansion. */
    static final int MAX_NODES = 2_000_000;

    private final String file;
    private int nodes;

    YamlValueConverter(String file) {
        this.file = file;
    }

    Object convert(Node node) {
        if (++nodes > MAX_NODES) {
            throw new ChartYamlException("YAML refused: more than " + MAX_NODES + " values after expanding aliases (an alias bomb?)",
                    "expand the anchors by hand or use fewer aliases", file, 0, 0, null);
        }
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                list.add(convert(item));
            }
            return list;
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                merge(map, tuple.getValueNode());
                continue;
            }
            map.put(key(keyNode), convert(tuple.getValueNode()));
        }
        return map;
    }

    /** {@code <<: *anchor} or {@code <<: [*a, *b]}: the earlier maps of a list win, later keys override. */
    private void merge(Map<String, Object> into, Node value) {
        if (value instanceof MappingNode) {
            into.putAll(asTable(convert(value), value));
        } else if (value instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = items.size() - 1; i >= 0; i--) {
                into.putAll(asTable(convert(items.get(i)), items.get(i)));
            }
        } else {
            throw shape("map merge requires a map or a list of maps", value);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asTable(Object value, Node node) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw shape("map merge requires a map or a list of maps", node);
    }

    private String key(Node keyNode) {
        if (keyNode instanceof ScalarNode scalar) {
            Object value = scalar(scalar);
            if (value == null) {
                return "null";
            }
            if (value instanceof Double d) {
                return goKey(d, scalar.getValue());
            }
            return String.valueOf(value);
        }
        throw shape("a map key must be a scalar", keyNode);
    }

    private static String goKey(double d, String raw) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e18) {
            return Long.toString((long) d);
        }
        return raw;
    }

    private Object scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (tag.equals(Tag.STR)) {
            return text;
        }
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            if (GoYamlWords.isTrue(text)) {
                return Boolean.TRUE;
            }
            if (GoYamlWords.isFalse(text)) {
                return Boolean.FALSE;
            }
            throw shape("cannot read '" + text + "' as a !!bool", node);
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            Double number = GoYamlResolver.number(text);
            if (number == null && tag.equals(Tag.FLOAT)) {
                number = GoYamlWords.specialFloat(text);
            }
            if (number == null) {
                throw shape("cannot read '" + text + "' as a number", node);
            }
            if (number.isNaN() || number.isInfinite()) {
                // Helm converts YAML to JSON, which has no NaN or infinity: "json: unsupported value: +Inf".
                throw shape("unsupported value " + text + ": JSON (and so Helm) has no NaN or infinity",
                        node);
            }
            return number;
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            // Helm v4 reads an unquoted date as the string it is (measured: 2001-12-14 → string).
            return text;
        }
        if (tag.equals(Tag.BINARY)) {
            try {
                return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw shape("cannot decode !!binary: " + e.getMessage(), node);
            }
        }
        // Unknown local tags (!foo): go-yaml keeps the scalar text.
        return text;
    }

    private ChartYamlException shape(String problem, Node node) {
        return new ChartYamlException(problem, "fix the value at that line", file,
                node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, null);
    }
}
