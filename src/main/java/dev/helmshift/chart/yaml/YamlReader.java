package dev.helmshift.chart.yaml;

import dev.helmshift.chart.ChartYamlException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads YAML the way Helm does (go-yaml v2, then YAML → JSON): values become the Go value model with every number a
 * Double. Errors become {@link ChartYamlException} with file:line:column. Bounded: at most
 * {@value #MAX_COLLECTION_ALIASES} aliases to collections per document and {@value YamlValueConverter#MAX_NODES} values
 * after alias expansion, so an alias bomb ("billion laughs") is refused instead of eating the heap.
 */
public final class YamlReader {
    static final int MAX_COLLECTION_ALIASES = 50;
    private static final int MAX_NESTING = 100;
    private static final int MAX_CODE_POINTS = 32 * 1024 * 1024;

    private YamlReader() {
    }

    /** The first document of a YAML file as a SnakeYAML node tree (tags resolved as go-yaml does), or null if empty. */
    public static Node parseNode(byte[] data, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(true); // as helm v4.1.4: the last of duplicate keys wins, silently (probed)
        options.setWarnOnDuplicateKeys(false);
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new GoYamlResolver(), options);
            return composer.checkNode() ? composer.getNode() : null;
        } catch (MarkedYAMLException e) {
            throw malformed(e, file);
        } catch (YAMLException e) {
            throw refused(e, file);
        }
    }

    /**
     * A values file: a table at the top (an empty file is an empty table). Numbers are Doubles, as in Helm.
     */
    public static Map<String, Object> readTable(byte[] data, String file) {
        Node root = parseNode(data, file);
        Object value = root == null ? null : new YamlValueConverter(file).convert(root);
        if (value == null) {
            return new java.util.LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?>)) {
            Mark mark = root.getStartMark();
            throw new ChartYamlException("expected a YAML mapping (key: value) at the top, found a " + kind(value),
                    "a values file is a map of keys; indent lists under a key", file, mark.getLine() + 1,
                    mark.getColumn() + 1, null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> table = (Map<String, Object>) value;
        return table;
    }

    /** Any YAML value (for fromYaml-like uses): the first document, converted to the Go value model. */
    public static Object readValue(byte[] data, String file) {
        Node root = parseNode(data, file);
        return root == null ? null : new YamlValueConverter(file).convert(root);
    }

    private static String kind(Object value) {
        if (value instanceof java.util.List<?>) {
            return "list";
        }
        return "scalar (" + value + ")";
    }

    private static ChartYamlException malformed(MarkedYAMLException e, String file) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        if (problem != null && problem.contains("exceeds the specified max")) {
            return refused(e, file);
        }
        String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
        return new ChartYamlException("malformed YAML: " + oneLine(problem) + oneLine(context),
                "fix the YAML syntax at that line (indentation, a missing ':' or an unclosed quote)", file,
                mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, null);
    }

    private static ChartYamlException refused(YAMLException e, String file) {
        String message = oneLine(e.getMessage());
        if (message.contains("aliases")) {
            return new ChartYamlException("YAML refused: more than " + MAX_COLLECTION_ALIASES
                    + " aliases to collections (an alias bomb?)",
                    "expand the anchors by hand or use fewer aliases", file, 0, 0, null);
        }
        return new ChartYamlException("YAML refused: " + message, "simplify the file", file, 0, 0, null);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
