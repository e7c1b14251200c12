package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoJsonException;
import dev.helmshift.chart.schema.golang.GoJsonStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The json-schema.org meta-schema documents the library embeds. We take the standard documents that
 * networknt/json-schema-validator (already a dependency) ships as classpath resources under the same paths, and
 * apply the few places where santhosh-tekuri/jsonschema v6.0.2's embedded copies differ, because those copies
 * decide helm's meta-validation errors:
 * <ul>
 *   <li>draft-04: no top-level {@code id}; {@code $ref} declared a string; {@code $schema} with format {@code uri};
 *       {@code id} with format {@code uriref} (a format the library does not check)</li>
 *   <li>draft-06: no {@code examples} property; {@code patternProperties} without the {@code format: regex} check of
 *       its names (so a bad pattern there is a compile error, not a meta-schema error)</li>
 *   <li>2020-12 format-assertion: declares its own vocabulary in {@code $vocabulary}</li>
 * </ul>
 */
final class MetaSchemaDocuments {
    /** Paths below {@code http(s)://json-schema.org/} the library embeds. */
    static final List<String> PATHS = List.of(
            "draft-04/schema", "draft-06/schema", "draft-07/schema",
            "draft/2019-09/schema", "draft/2019-09/meta/applicator", "draft/2019-09/meta/content",
            "draft/2019-09/meta/core", "draft/2019-09/meta/format", "draft/2019-09/meta/meta-data",
            "draft/2019-09/meta/validation",
            "draft/2020-12/schema", "draft/2020-12/meta/applicator", "draft/2020-12/meta/content",
            "draft/2020-12/meta/core", "draft/2020-12/meta/format-annotation", "draft/2020-12/meta/format-assertion",
            "draft/2020-12/meta/meta-data", "draft/2020-12/meta/unevaluated", "draft/2020-12/meta/validation");

    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private MetaSchemaDocuments() {
    }

    /** The embedded path of a URL, or null when the library embeds nothing there. */
    static String path(String url) {
        String rest;
        if (url.startsWith("http://json-schema.org/")) {
            rest = url.substring("http://json-schema.org/".length());
        } else if (url.startsWith("https://json-schema.org/")) {
            rest = url.substring("https://json-schema.org/".length());
        } else {
            return null;
        }
        if (rest.equals("schema")) {
            rest = "draft/2020-12/schema";
        }
        return PATHS.contains(rest) ? rest : null;
    }

    static boolean isMetaSchemaUrl(String url) {
        return path(url) != null;
    }

    /** The document, or null when the URL is not an embedded meta-schema. */
    static Object load(String url) {
        String path = path(url);
        return path == null ? null : CACHE.computeIfAbsent(path, MetaSchemaDocuments::read);
    }

    private static Object read(String path) {
        try (InputStream in = MetaSchemaDocuments.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("meta-schema resource " + path
                        + " is missing (shipped by com.networknt:json-schema-validator)");
            }
            Object doc = GoJsonStream.decode(in.readAllBytes());
            patch(path, asMap(doc));
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GoJsonException e) {
            throw new IllegalStateException("meta-schema resource " + path + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static void patch(String path, Map<String, Object> doc) {
        switch (path) {
            case "draft-04/schema" -> {
                doc.remove("id");
                Map<String, Object> properties = asMap(doc.get("properties"));
                properties.put("$ref", new LinkedHashMap<>(Map.of("type", "string")));
                asMap(properties.get("$schema")).put("format", "uri");
                asMap(properties.get("id")).put("format", "uriref");
            }
            case "draft-06/schema" -> {
                Map<String, Object> properties = asMap(doc.get("properties"));
                properties.remove("examples");
                asMap(properties.get("patternProperties")).remove("propertyNames");
            }
            case "draft/2020-12/meta/format-assertion" -> doc.put("$vocabulary",
                    new LinkedHashMap<>(Map.of("https://json-schema.org/draft/2020-12/vocab/format-assertion", true)));
            default -> {
                // the same as the library's copy
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object v) {
        return (Map<String, Object>) v;
    }
}
