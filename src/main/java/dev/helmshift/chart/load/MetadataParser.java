package dev.helmshift.chart.load;

import dev.helmshift.chart.ChartMetadata;
import dev.helmshift.chart.ChartYamlException;
import dev.helmshift.chart.Dependency;
import dev.helmshift.chart.ImportValue;
import dev.helmshift.chart.Maintainer;
import dev.helmshift.chart.yaml.YamlReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Chart.yaml and requirements.yaml into {@link ChartMetadata}. Like Helm, which unmarshals into typed string
 * fields, a scalar keeps its text ({@code version: 1.0} is "1.0"), and a wrong shape is an error at its line.
 * The dependencies of requirements.yaml replace those of Chart.yaml when the file has them.
 */
final class MetadataParser {
    private final String file;

    private MetadataParser(String file) {
        this.file = file;
    }

    static ChartMetadata parse(byte[] chartYaml, String chartFile, byte[] requirementsYaml, String requirementsFile) {
        Map<String, Node> chart = new MetadataParser(chartFile).fields(YamlReader.parseNode(chartYaml, chartFile));
        MetadataParser p = new MetadataParser(chartFile);
        List<Dependency> dependencies = p.dependencies(chart.get("dependencies"));
        if (requirementsYaml != null) {
            MetadataParser r = new MetadataParser(requirementsFile);
            Map<String, Node> requirements = r.fields(YamlReader.parseNode(requirementsYaml, requirementsFile));
            if (requirements.containsKey("dependencies")) {
                dependencies = r.dependencies(requirements.get("dependencies"));
            }
        }
        String apiVersion = p.string(chart.get("apiVersion"));
        return new ChartMetadata(apiVersion == null || apiVersion.isEmpty() ? ChartMetadata.V1 : apiVersion,
                p.string(chart.get("name")), p.string(chart.get("version")), p.string(chart.get("appVersion")),
                p.string(chart.get("description")), p.string(chart.get("type")), p.string(chart.get("kubeVersion")),
                p.string(chart.get("home")), p.string(chart.get("icon")), p.bool(chart.get("deprecated")),
                p.strings(chart.get("keywords")), p.strings(chart.get("sources")), p.maintainers(chart.get("maintainers")),
                p.stringMap(chart.get("annotations")), dependencies);
    }

    private Map<String, Node> fields(Node node) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (node == null || isNull(node)) {
            return out;
        }
        MappingNode map = mapping(node, "a map of fields");
        for (NodeTuple t : map.getValue()) {
            out.put(scalarText(t.getKeyNode()), t.getValueNode());
        }
        return out;
    }

    private List<Dependency> dependencies(Node node) {
        List<Dependency> deps = new ArrayList<>();
        if (node == null || isNull(node)) {
            return deps;
        }
        for (Node item : sequence(node, "a list of dependencies").getValue()) {
            if (isNull(item)) {
                continue;
            }
            Map<String, Node> f = fields(item);
            String name = string(f.get("name"));
            if (name == null || name.isEmpty()) {
                throw wrong(item, "a dependency has no name", "give every dependency a name: field");
            }
            deps.add(new Dependency(name, string(f.get("version")), string(f.get("repository")),
                    string(f.get("condition")), strings(f.get("tags")), importValues(f.get("import-values")),
                    string(f.get("alias"))));
        }
        return deps;
    }

    private List<ImportValue> importValues(Node node) {
        List<ImportValue> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        for (Node item : sequence(node, "a list of import-values").getValue()) {
            if (item instanceof ScalarNode && !isNull(item)) {
                out.add(ImportValue.ofExport(scalarText(item)));
            } else if (item instanceof MappingNode) {
                Map<String, Node> f = fields(item);
                String child = string(f.get("child"));
                String parent = string(f.get("parent"));
                if (child == null || parent == null) {
                    throw wrong(item, "an import-values entry needs both child and parent",
                            "write {child: PATH, parent: PATH} or a plain export name");
                }
                out.add(new ImportValue(child, parent));
            }
        }
        return out;
    }

    private List<Maintainer> maintainers(Node node) {
        List<Maintainer> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        for (Node item : sequence(node, "a list of maintainers").getValue()) {
            Map<String, Node> f = fields(item);
            out.add(new Maintainer(orEmpty(string(f.get("name"))), orEmpty(string(f.get("email"))),
                    orEmpty(string(f.get("url")))));
        }
        return out;
    }

    private Map<String, String> stringMap(Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        fields(node).forEach((k, v) -> out.put(k, orEmpty(string(v))));
        return out;
    }

    private List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        if (node == null || isNull(node)) {
            return out;
        }
        for (Node item : sequence(node, "a list of strings").getValue()) {
            out.add(orEmpty(string(item)));
        }
        return out;
    }

    private String string(Node node) {
        if (node == null || isNull(node)) {
            return null;
        }
        return scalarText(node);
    }

    private boolean bool(Node node) {
        String text = string(node);
        return text != null && (text.equals("true") || text.equals("True") || text.equals("TRUE")
                || text.equals("yes") || text.equals("on") || text.equals("y"));
    }

    private String scalarText(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw wrong(node, "expected a single value here, found a " + (node instanceof MappingNode ? "map" : "list"),
                "write a plain value");
    }

    private MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw wrong(node, "expected " + what, "fix the indentation or the structure");
    }

    private SequenceNode sequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return s;
        }
        throw wrong(node, "expected " + what, "write each entry on its own line starting with '- '");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    private ChartYamlException wrong(Node node, String problem, String hint) {
        return new ChartYamlException(problem, hint, file, node.getStartMark().getLine() + 1,
                node.getStartMark().getColumn() + 1, null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
