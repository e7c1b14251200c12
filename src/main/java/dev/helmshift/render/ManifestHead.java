package dev.helmshift.render;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.goyaml.GoJsonFields;
import dev.helmshift.goyaml.GoTarget;
import dev.helmshift.goyaml.SigsYaml;
import dev.helmshift.goyaml.SigsYamlException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The head of one rendered document, read as Helm's {@code SimpleHead}: apiVersion, kind, metadata.name and the
 * annotations (which decide whether it is a hook), through sigs.k8s.io/yaml as Helm reads it (go-yaml v2, then JSON
 * into the struct: numbers and booleans in string fields become their text, field names match ignoring case). Like
 * Helm, a document that is not valid YAML or whose head fields have the wrong types is an error, worded as Helm's.
 */
record ManifestHead(String apiVersion, String kind, String name, Map<String, String> annotations) {

    static final String HOOK_ANNOTATION = "helm.sh/hook";

    private static final GoTarget SIMPLE_HEAD = new GoTarget.Struct(Map.of(
            "apiVersion", GoTarget.STRING, "kind", GoTarget.STRING,
            "metadata", new GoTarget.Struct(Map.of("name", GoTarget.STRING,
                    "annotations", new GoTarget.MapOf(GoTarget.STRING)))));
    private static final String METADATA_TYPE = "struct { Name string \"json:\\\"name\\\"\"; "
            + "Annotations map[string]string \"json:\\\"annotations\\\"\" }";
    private static final String JSON_FRAME = "error unmarshaling JSON: while decoding JSON: ";

    /** Reads the head; throws {@link ManifestYamlException} with Helm's text when Helm could not read it. */
    static ManifestHead parse(String document) {
        Object root;
        try {
            root = SigsYaml.toJson(document, SIMPLE_HEAD);
        } catch (SigsYamlException e) {
            throw new ManifestYamlException(e.getMessage());
        }
        if (root == null) {
            return new ManifestHead("", "", "", Map.of());
        }
        if (!(root instanceof Map<?, ?>)) {
            throw new ManifestYamlException(JSON_FRAME + GoJsonFields.valueTypeError(root, "util.SimpleHead"));
        }
        String apiVersion = "";
        String kind = "";
        String name = "";
        Map<String, String> annotations = Map.of();
        for (Map.Entry<String, Object> field : GoJsonFields.assign(table(root), List.of("apiVersion", "kind",
                "metadata")).entrySet()) {
            Object value = field.getValue();
            switch (field.getKey()) {
                case "apiVersion" -> apiVersion = string(value, "SimpleHead.apiVersion");
                case "kind" -> kind = string(value, "SimpleHead.kind");
                default -> {
                    if (!(value instanceof Map<?, ?>)) {
                        throw new ManifestYamlException(JSON_FRAME
                                + GoJsonFields.typeError(value, "SimpleHead.metadata", METADATA_TYPE));
                    }
                    for (Map.Entry<String, Object> meta : GoJsonFields.assign(table(value), List.of("name",
                            "annotations")).entrySet()) {
                        if (meta.getKey().equals("name")) {
                            name = string(meta.getValue(), ".metadata.name");
                        } else {
                            annotations = annotations(meta.getValue());
                        }
                    }
                }
            }
        }
        return new ManifestHead(apiVersion, kind, name, annotations);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> table(Object json) {
        return (Map<String, Object>) json;
    }

    boolean hasAnnotations() {
        return !annotations.isEmpty();
    }

    private static Map<String, String> annotations(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            throw new ManifestYamlException(JSON_FRAME
                    + GoJsonFields.typeError(value, ".metadata.annotations", "map[string]string"));
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        List<String> keys = new java.util.ArrayList<>(table(value).keySet());
        keys.sort(GoBytes::compare);
        for (String key : keys) {
            Object v = table(value).get(key);
            annotations.put(key, v == null ? "" : string(v, ".metadata.annotations"));
        }
        return annotations;
    }

    private static String string(Object value, String field) {
        if (value instanceof String s) {
            return s;
        }
        throw new ManifestYamlException(JSON_FRAME + GoJsonFields.typeError(value, field, "string"));
    }

    /** Why a document could not be read as a Kubernetes object head. */
    static final class ManifestYamlException extends RuntimeException {
        ManifestYamlException(String message) {
            super(message);
        }
    }
}
