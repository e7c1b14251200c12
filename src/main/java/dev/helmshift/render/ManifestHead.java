package dev.helmshift.render;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.scanner.ScannerException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The head of one rendered document, read as Helm's {@code SimpleHead}: apiVersion, kind, metadata.name and the
 * annotations (which decide whether it is a hook). Like Helm, a document that is not valid YAML or whose head fields
 * have the wrong types is an error.
 */
record ManifestHead(String apiVersion, String kind, String name, Map<String, String> annotations) {

    static final String HOOK_ANNOTATION = "helm.sh/hook";

    /** Reads the head; throws {@link ManifestYamlException} with the reason when Helm's YAML → JSON decoding would fail. */
    static ManifestHead parse(String document) {
        Object root;
        try {
            root = RenderYaml.load(document);
        } catch (MarkedYAMLException e) {
            throw new ManifestYamlException("yaml: " + goYamlWhere(e) + goYamlProblem(e.getContext(), e.getProblem()));
        } catch (YAMLException e) {
            throw new ManifestYamlException("yaml: " + e.getMessage());
        }
        if (root == null) {
            return new ManifestHead("", "", "", Map.of());
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ManifestYamlException("cannot unmarshal " + jsonKind(root) + " into a Kubernetes object");
        }
        String apiVersion = string(map.get("apiVersion"), "apiVersion");
        String kind = string(map.get("kind"), "kind");
        String name = "";
        Map<String, String> annotations = Map.of();
        Object metadata = map.get("metadata");
        if (metadata instanceof Map<?, ?> meta) {
            name = string(meta.get("name"), "metadata.name");
            annotations = annotations(meta.get("annotations"));
        } else if (metadata != null) {
            throw new ManifestYamlException("cannot unmarshal " + jsonKind(metadata) + " into metadata");
        }
        return new ManifestHead(apiVersion, kind, name, annotations);
    }

    /**
     * go-yaml's "line N: " prefix: none when the mark is on the first line; a scanner error shows its 1-based line,
     * a parser error the 0-based line of its mark (go-yaml's own off-by-one, kept for the same text).
     */
    private static String goYamlWhere(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        int line = 0;
        if (problem != null && problem.getLine() != 0) {
            line = problem.getLine() + (e instanceof ScannerException ? 1 : 0);
        } else if (context != null && context.getLine() != 0) {
            line = context.getLine();
        }
        return line == 0 ? "" : "line " + line + ": ";
    }

    /** go-yaml's wording for the problems SnakeYAML words differently. */
    private static String goYamlProblem(String context, String problem) {
        if (problem == null) {
            return "";
        }
        if (problem.startsWith("expected <block end>") && context != null) {
            if (context.contains("block mapping")) {
                return "did not find expected key";
            }
            if (context.contains("block collection")) {
                return "did not find expected '-' indicator";
            }
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "mapping values are not allowed in this context";
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            return "found character that cannot start any token";
        }
        return problem;
    }

    boolean hasAnnotations() {
        return !annotations.isEmpty();
    }

    private static Map<String, String> annotations(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new ManifestYamlException("cannot unmarshal " + jsonKind(value) + " into metadata.annotations");
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        map.forEach((k, v) -> annotations.put(String.valueOf(k), string(v, "metadata.annotations." + k)));
        return annotations;
    }

    private static String string(Object value, String field) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        throw new ManifestYamlException("cannot unmarshal " + jsonKind(value) + " into Go struct field " + field
                + " of type string");
    }

    private static String jsonKind(Object value) {
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof Iterable) {
            return "array";
        }
        return "string";
    }

    /** Why a document could not be read as a Kubernetes object head. */
    static final class ManifestYamlException extends RuntimeException {
        ManifestYamlException(String message) {
            super(message);
        }
    }
}
