package dev.helmshift.render;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

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
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(10_000);
            root = new Yaml(new SafeConstructor(options)).load(document);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ManifestYamlException("yaml: line " + line + ": " + e.getProblem());
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
