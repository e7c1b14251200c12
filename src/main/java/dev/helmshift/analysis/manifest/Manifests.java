package dev.helmshift.analysis.manifest;

import dev.helmshift.goyaml.GoYamlValues;
import dev.helmshift.goyaml.YamlSyntaxException;
import dev.helmshift.render.RenderedDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses rendered documents into {@link Manifest}s, reading each as Helm's YAML library does (the first document,
 * go-yaml v2's rules and values, see {@code goyaml.GoYamlValues}). Empty documents are skipped (helm prints them too);
 * a document that is not YAML or not a mapping becomes an {@link Unparsable} entry instead of an exception, because
 * one broken template must not hide the rest of an analysis.
 */
public final class Manifests {
    private Manifests() {
    }

    /** A document that could not be read as a Kubernetes object. */
    public record Unparsable(String source, String reason) {
    }

    /** Manifests plus the documents that could not be read. */
    public record Parsed(List<Manifest> manifests, List<Unparsable> unparsable) {
    }

    public static Parsed parse(List<RenderedDocument> documents) {
        List<Manifest> manifests = new ArrayList<>();
        List<Unparsable> unparsable = new ArrayList<>();
        for (RenderedDocument doc : documents) {
            try {
                Object loaded = GoYamlValues.firstDocument(doc.text());
                if (loaded instanceof Map<?, ?> map) {
                    manifests.add(toManifest(doc, stringKeys(map)));
                } else if (loaded != null) {
                    unparsable.add(new Unparsable(doc.source(), "the document is not a mapping"));
                }
            } catch (YamlSyntaxException e) {
                unparsable.add(new Unparsable(doc.source(), e.getMessage()));
            }
        }
        return new Parsed(manifests, unparsable);
    }

    private static Manifest toManifest(RenderedDocument doc, Map<String, Object> body) {
        Object metadata = body.get("metadata");
        Map<?, ?> meta = metadata instanceof Map<?, ?> m ? m : Map.of();
        return new Manifest(doc.source(), text(body.get("apiVersion")), text(body.get("kind")),
                text(meta.get("namespace")), text(meta.get("name")), body, doc.text());
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
