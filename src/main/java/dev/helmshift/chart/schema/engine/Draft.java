package dev.helmshift.chart.schema.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema draft as the library knows it: its meta-schema URL, the keyword holding ids, where subschemas sit
 * (so ids, anchors and references can be found in a document before anything is compiled), and for 2019-09 and
 * 2020-12 the vocabularies. Without {@code $schema}, a document is 2020-12 (the library's latest; helm sets no
 * default draft).
 */
final class Draft {
    /** One step of a path to subschemas: a property name, {@code *} (every property) or {@code []} (every item). */
    record SchemaPath(List<String> steps) {
        static SchemaPath of(String path) {
            return new SchemaPath(List.of(path.split("/")));
        }

        /** Every value this path reaches in {@code v}, by pointer below {@code ptr}. */
        void collect(Object v, String ptr, int from, Map<String, Object> out) {
            if (from == steps.size()) {
                out.put(ptr, v);
                return;
            }
            String step = steps.get(from);
            if (step.equals("*")) {
                if (v instanceof Map<?, ?> map) {
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        collect(e.getValue(), Urls.append(ptr, (String) e.getKey()), from + 1, out);
                    }
                }
            } else if (step.equals("[]")) {
                if (v instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        collect(list.get(i), Urls.append(ptr, Integer.toString(i)), from + 1, out);
                    }
                }
            } else if (v instanceof Map<?, ?> map && map.containsKey(step)) {
                collect(map.get(step), Urls.append(ptr, step), from + 1, out);
            }
        }
    }

    static final Draft DRAFT4 = new Draft(4, "http://json-schema.org/draft-04/schema", "id", null,
            paths("definitions/*", "not", "allOf/[]", "anyOf/[]", "oneOf/[]", "properties/*", "additionalProperties",
                    "patternProperties/*", "items", "items/[]", "additionalItems", "dependencies/*"),
            "", List.of(), List.of());
    static final Draft DRAFT6 = new Draft(6, "http://json-schema.org/draft-06/schema", "$id", DRAFT4,
            paths("propertyNames", "contains"), "", List.of(), List.of());
    static final Draft DRAFT7 = new Draft(7, "http://json-schema.org/draft-07/schema", "$id", DRAFT6,
            paths("if", "then", "else"), "", List.of(), List.of());
    static final Draft DRAFT2019 = new Draft(2019, "https://json-schema.org/draft/2019-09/schema", "$id", DRAFT7,
            paths("$defs/*", "dependentSchemas/*", "unevaluatedProperties", "unevaluatedItems", "contentSchema"),
            "https://json-schema.org/draft/2019-09/vocab/",
            List.of("core", "applicator", "validation", "meta-data", "format", "content"),
            List.of("core", "applicator", "validation"));
    static final Draft DRAFT2020 = new Draft(2020, "https://json-schema.org/draft/2020-12/schema", "$id", DRAFT2019,
            paths("prefixItems/[]"), "https://json-schema.org/draft/2020-12/vocab/",
            List.of("core", "applicator", "unevaluated", "validation", "meta-data", "format-annotation",
                    "format-assertion", "content"),
            List.of("core", "applicator", "unevaluated", "validation"));
    static final Draft LATEST = DRAFT2020;
    static final List<Draft> ALL = List.of(DRAFT4, DRAFT6, DRAFT7, DRAFT2019, DRAFT2020);

    final int version;
    final String url;
    final String idKeyword;
    final List<SchemaPath> subschemas;
    final String vocabPrefix;
    final List<String> allVocabs;
    final List<String> defaultVocabs;

    private Draft(int version, String url, String idKeyword, Draft parent, List<SchemaPath> more, String vocabPrefix,
                  List<String> allVocabs, List<String> defaultVocabs) {
        this.version = version;
        this.url = url;
        this.idKeyword = idKeyword;
        List<SchemaPath> all = new ArrayList<>(parent == null ? List.of() : parent.subschemas);
        all.addAll(more);
        this.subschemas = List.copyOf(all);
        this.vocabPrefix = vocabPrefix;
        this.allVocabs = allVocabs;
        this.defaultVocabs = defaultVocabs;
    }

    private static List<SchemaPath> paths(String... paths) {
        List<SchemaPath> out = new ArrayList<>();
        for (String p : paths) {
            out.add(SchemaPath.of(p));
        }
        return out;
    }

    /** The meta-schema of one vocabulary, e.g. {@code https://json-schema.org/draft/2020-12/meta/core}. */
    String vocabularyUrl(String name) {
        return url.substring(0, url.length() - "schema".length()) + "meta/" + name;
    }

    /** The draft a {@code $schema} URL names (http or https, no fragment but an empty one), or null. */
    static Draft fromUrl(String schemaUrl) {
        int hash = schemaUrl.indexOf('#');
        if (hash >= 0 && hash < schemaUrl.length() - 1) {
            return null;
        }
        String u = hash >= 0 ? schemaUrl.substring(0, hash) : schemaUrl;
        if (u.startsWith("http://")) {
            u = u.substring("http://".length());
        } else if (u.startsWith("https://")) {
            u = u.substring("https://".length());
        }
        return switch (u) {
            case "json-schema.org/schema" -> LATEST;
            case "json-schema.org/draft/2020-12/schema" -> DRAFT2020;
            case "json-schema.org/draft/2019-09/schema" -> DRAFT2019;
            case "json-schema.org/draft-07/schema" -> DRAFT7;
            case "json-schema.org/draft-06/schema" -> DRAFT6;
            case "json-schema.org/draft-04/schema" -> DRAFT4;
            default -> null;
        };
    }

    /** The id of a schema object: none when a pre-2019 {@code $ref} makes siblings void; the fragment dropped. */
    String id(Map<String, Object> obj) {
        if (version < 2019 && obj.containsKey("$ref")) {
            return "";
        }
        if (!(obj.get(idKeyword) instanceof String id)) {
            return "";
        }
        return Urls.beforeFragment(id);
    }

    /** The vocabularies a meta-schema document requires ({@code $vocabulary} true), core always among them. */
    List<String> vocabs(String metaUrl, Object doc) throws SchemaException {
        if (version < 2019 || !(doc instanceof Map<?, ?> obj) || !(obj.get("$vocabulary") instanceof Map<?, ?> vocabulary)) {
            return null;
        }
        List<String> vocabs = new ArrayList<>();
        for (Map.Entry<?, ?> e : vocabulary.entrySet()) {
            if (!Boolean.TRUE.equals(e.getValue())) {
                continue;
            }
            String vocab = (String) e.getKey();
            if (vocab.startsWith(vocabPrefix) && allVocabs.contains(vocab.substring(vocabPrefix.length()))) {
                String name = vocab.substring(vocabPrefix.length());
                if (!vocabs.contains(name)) {
                    vocabs.add(name);
                }
                continue;
            }
            throw new SchemaException("unsupported vocabulary " + dev.helmshift.chart.schema.golang.GoQuote.quote(vocab)
                    + " in " + dev.helmshift.chart.schema.golang.GoQuote.quote(metaUrl));
        }
        if (!vocabs.contains("core")) {
            vocabs.add("core");
        }
        return vocabs;
    }

    @Override
    public String toString() {
        return url;
    }
}
