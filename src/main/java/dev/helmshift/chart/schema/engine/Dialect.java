package dev.helmshift.chart.schema.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft plus the vocabularies its meta-schema requires (null: the draft's defaults). It decides which keywords
 * compile (2019-09 and later) and which meta-schema a document is checked against.
 */
record Dialect(Draft draft, List<String> vocabs) {
    boolean hasVocab(String name) {
        if (name.equals("core") || draft.version < 2019) {
            return true;
        }
        return (vocabs != null ? vocabs : draft.defaultVocabs).contains(name);
    }

    /** The meta-schema: the draft's own, or for a custom vocabulary list an allOf of the vocabulary meta-schemas. */
    Schema metaSchema() {
        if (vocabs == null) {
            return MetaSchemas.forDraft(draft);
        }
        List<Schema> allOf = new ArrayList<>();
        for (String vocab : vocabs) {
            Schema sch = MetaSchemas.vocabulary(draft, vocab);
            if (sch != null) {
                allOf.add(sch);
            }
        }
        Schema meta = new Schema(new Urls.UrlPtr("urn:mem:metaschema", ""));
        meta.draftVersion = draft.version;
        meta.allOf = allOf;
        meta.resource = meta;
        if (draft.version >= 2020) {
            meta.dynamicAnchor = "meta";
            meta.dynamicAnchors = new java.util.HashMap<>();
            meta.dynamicAnchors.put("meta", meta);
        }
        return meta;
    }
}
