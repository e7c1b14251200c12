package dev.helmshift.analysis.validate;

import dev.helmshift.analysis.values.ValuePaths;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user values file with the line of every key path, so findings can point at {@code file:line}.
 * YAML 1.1 as Helm reads values ({@code yes/no/on/off} are booleans).
 */
public record LocatedValues(String file, Map<String, Object> values, Map<String, Integer> lines) {

    public static LocatedValues read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ValuesFileException(path.toString(), 0, "no such values file", "check the path given with -f");
        }
        try {
            return parse(path.toString(), Files.readString(path));
        } catch (IOException e) {
            throw new ValuesFileException(path.toString(), 0, "cannot read: " + e.getMessage(), "check the file's permissions");
        }
    }

    @SuppressWarnings("unchecked")
    public static LocatedValues parse(String file, String text) {
        try {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            Object loaded = yaml.load(text);
            if (loaded != null && !(loaded instanceof Map<?, ?>)) {
                throw new ValuesFileException(file, 1, "a values file must be a mapping of keys, not a " +
                        ValuePaths.kind(loaded), "start the file with top-level keys such as 'global:'");
            }
            Map<String, Integer> lines = new HashMap<>();
            Node root = yaml.compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                index(mapping, "", lines);
            }
            Map<String, Object> values = loaded == null ? new LinkedHashMap<>() : stringKeys((Map<Object, Object>) loaded);
            return new LocatedValues(file, values, lines);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ValuesFileException(file, line, "malformed YAML: " + e.getProblem(), "fix the YAML syntax at that line");
        } catch (YAMLException e) {
            throw new ValuesFileException(file, 0, "malformed YAML: " + e.getMessage(), "fix the YAML syntax");
        }
    }

    /** The 1-based line of a key path, or 0 when unknown. */
    public int lineOf(String path) {
        return lines.getOrDefault(path, 0);
    }

    private static void index(MappingNode mapping, String prefix, Map<String, Integer> lines) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String path = ValuePaths.child(prefix, key.getValue());
            lines.put(path, key.getStartMark().getLine() + 1);
            if (tuple.getValueNode() instanceof MappingNode child) {
                index(child, path, lines);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<Object, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> m ? stringKeys((Map<Object, Object>) m) : v));
        return out;
    }
}
