package dev.helmshift.template.funcs.codec;

import dev.helmshift.goyaml.GoYamlNumbers;
import dev.helmshift.goyaml.GoYamlWords;
import dev.helmshift.template.funcs.value.GoFloats;
import dev.helmshift.template.funcs.value.GoStrconv;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Helm's YAML reading for {@code fromYaml}/{@code fromYamlArray} (sigs.k8s.io/yaml): the first document is read with
 * go-yaml v2's YAML 1.1 rules ({@code yes}/{@code y}/{@code on} are booleans, {@code 017} is octal, timestamps stay
 * strings), converted to JSON, and decoded again, so every number becomes a float64 (Double) and every key a string.
 *
 * <p>SnakeYAML does the parsing with its own type guessing switched off; plain scalars are resolved here as go-yaml
 * does. Syntax error texts are SnakeYAML's, in Go's frame ({@code error converting YAML to JSON: yaml: line N: ...}).
 */
public final class GoYamlDecoder {
    private GoYamlDecoder() {
    }

    private static final int MAX_DEPTH = 10_000;

    /** Raised with the text Helm puts under {@code Error}. */
    public static final class YamlDecodeException extends RuntimeException {
        YamlDecodeException(String message) {
            super(message, null, false, false);
        }
    }

    /** The first document as the value model (null for an empty text). */
    public static Object parse(String text) {
        Iterator<Node> documents;
        try {
            documents = yaml().composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return null;
            }
            Node first = documents.next();
            return convert(first, 0);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new YamlDecodeException("error converting YAML to JSON: yaml: line " + line + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new YamlDecodeException("error converting YAML to JSON: yaml: " + e.getMessage());
        }
    }

    /** The text Helm reports when the document is not of the wanted JSON kind. */
    public static String typeMismatch(Object decoded, String goType) {
        return "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + GoJsonDecoder.jsonKind(decoded)
                + " into Go value of type " + goType;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // as go-yaml v2 in Helm: the last of duplicate keys wins, silently
        options.setWarnOnDuplicateKeys(false);
        options.setMaxAliasesForCollections(10_000);
        options.setCodePointLimit(64 * 1024 * 1024);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new PlainResolver());
    }

    /** A resolver that tags every plain scalar as a string: go-yaml's rules are applied afterwards. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // none: see class comment
        }
    }

    private static Object convert(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new YamlDecodeException("error converting YAML to JSON: yaml: document nested too deeply");
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (isMergeKey(keyNode)) {
                    merge(map, tuple.getValueNode(), depth);
                    continue;
                }
                map.put(keyString(keyNode, depth), convert(tuple.getValueNode(), depth + 1));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                list.add(convert(item, depth + 1));
            }
            return list;
        }
        Object scalar = scalar((ScalarNode) node);
        if (scalar instanceof Long l) {
            return l.doubleValue();
        }
        if (scalar instanceof java.math.BigInteger big) {
            return big.doubleValue();
        }
        if (scalar instanceof Double d && !GoFloats.isFinite(d)) {
            throw new YamlDecodeException("error converting YAML to JSON: json: unsupported value: " + GoFloats.formatG(d));
        }
        return scalar;
    }

    private static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode s && s.isPlain() && "<<".equals(s.getValue());
    }

    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> target, Node source, int depth) {
        if (source instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                merge(target, n, depth);
            }
            return;
        }
        Object merged = convert(source, depth + 1);
        if (!(merged instanceof Map)) {
            throw new YamlDecodeException("error converting YAML to JSON: yaml: map merge requires map or sequence of maps as the value");
        }
        target.putAll((Map<String, Object>) merged);
    }

    private static String keyString(Node keyNode, int depth) {
        if (!(keyNode instanceof ScalarNode s)) {
            throw new YamlDecodeException("error converting YAML to JSON: unsupported map key of type: map[interface {}]interface {}");
        }
        Object key = scalar(s);
        if (key == null) {
            throw new YamlDecodeException("error converting YAML to JSON: unsupported map key of type: <nil>");
        }
        if (key instanceof Double d) {
            return GoYaml.yamlFloat(d);
        }
        return key.toString();
    }

    /** A scalar with go-yaml v2's resolution: String, Boolean, null, Long (or BigInteger for uint64), Double. */
    private static Object scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (!node.isPlain()) {
            return value;
        }
        if (!Tag.STR.equals(tag)) {
            return explicit(tag, value);
        }
        return switch (YamlResolver.resolve(value)) {
            case STR, TIMESTAMP -> value;
            case BOOL -> YamlResolverValues.bool(value);
            case NULL -> null;
            case INT, FLOAT -> implicitNumber(value);
        };
    }

    /** A plain scalar go-yaml resolved as a number: Long, BigInteger (uint64) or Double. */
    private static Object implicitNumber(String value) {
        Double special = GoYamlWords.specialFloat(value);
        if (special != null) {
            return special;
        }
        Number n = GoYamlNumbers.resolve(value);
        return n != null ? n : YamlResolverValues.floating(value);
    }

    private static Object explicit(Tag tag, String value) {
        if (Tag.INT.equals(tag)) {
            return YamlResolverValues.integer(value);
        }
        if (Tag.FLOAT.equals(tag)) {
            return YamlResolverValues.floating(value);
        }
        if (Tag.BOOL.equals(tag)) {
            return YamlResolverValues.bool(value);
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return value;
    }

    /** The values behind go-yaml's implicit tags. */
    static final class YamlResolverValues {
        private YamlResolverValues() {
        }

        static Boolean bool(String s) {
            return GoYamlWords.isTrue(s);
        }

        static Object integer(String s) {
            String plain = s.replace("_", "");
            try {
                if (plain.startsWith("0b") || plain.startsWith("-0b")) {
                    return GoStrconv.parseInt(plain.replace("0b", ""), 2);
                }
                return GoStrconv.parseInt(plain, 0);
            } catch (NumberFormatException e) {
                String unsigned = plain.startsWith("+") ? plain.substring(1) : plain;
                return new java.math.BigInteger(unsigned);
            }
        }

        static Double floating(String s) {
            Double special = GoYamlWords.specialFloat(s);
            return special != null ? special : GoStrconv.parseFloat(s.replace("_", ""));
        }
    }
}
