package dev.helmshift.analysis.manifest;

import java.util.List;
import java.util.Map;

/**
 * One Kubernetes object of a render, parsed.
 *
 * @param source    the template it came from, e.g. {@code istio/charts/pilot/templates/deployment.yaml}
 * @param apiVersion top-level apiVersion ("" when absent)
 * @param kind      kind ("" when absent)
 * @param namespace metadata.namespace ("" when the template left it out)
 * @param name      metadata.name ("" when absent)
 * @param body      the whole object as plain values
 * @param text      the document text as rendered
 */
public record Manifest(String source, String apiVersion, String kind, String namespace, String name,
                       Map<String, Object> body, String text) {

    /** The identity the manifest diff pairs objects by: {@code kind/namespace/name}, or {@code kind/name} without namespace. */
    public String key() {
        return displayName();
    }

    /** {@code Kind/name}, or {@code Kind/namespace/name} when a namespace is set, for messages. */
    public String displayName() {
        return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
    }

    /** The value at a dotted path of plain map keys, or null. */
    public Object at(String... path) {
        return at(body, List.of(path));
    }

    @SuppressWarnings("unchecked")
    static Object at(Object root, List<String> path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }
}
