package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoQuote;
import dev.helmshift.chart.schema.golang.GoUrl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents a compilation knows: those added as resources, the meta-schemas the library embeds (any
 * {@code http(s)://json-schema.org/...} URL it has a copy of), and whatever the {@link UrlLoader} fetches. It also
 * works out a document's draft from {@code $schema}, following custom meta-schemas to the draft they build on.
 */
final class Documents {
    private final Map<String, Object> docs = new HashMap<>();
    private final UrlLoader loader;

    Documents(UrlLoader loader) {
        this.loader = loader;
    }

    /** Adds a document; false when one is already known at that URL. */
    boolean add(String url, Object doc) {
        if (docs.containsKey(url)) {
            return false;
        }
        docs.put(url, doc);
        return true;
    }

    Object load(String url) throws SchemaException {
        if (docs.containsKey(url)) {
            return docs.get(url);
        }
        Object meta = MetaSchemaDocuments.load(url);
        if (meta != null) {
            docs.put(url, meta);
            return meta;
        }
        Object doc;
        try {
            doc = loader.load(url);
        } catch (SchemaException e) {
            throw new SchemaException("failing loading " + GoQuote.quote(url) + ": " + e.getMessage());
        }
        docs.put(url, doc);
        return doc;
    }

    /** The draft of a schema object: its {@code $schema}, else the fallback. */
    Draft draft(Urls.UrlPtr up, Object doc, Draft fallback, Set<String> seen) throws SchemaException {
        if (!(doc instanceof Map<?, ?> obj) || !(obj.get("$schema") instanceof String sch)) {
            return fallback;
        }
        Draft draft = Draft.fromUrl(sch);
        if (draft != null) {
            return draft;
        }
        String schUrl = Urls.beforeFragment(sch);
        try {
            GoUrl.parse(schUrl);
        } catch (GoUrl.GoUrlException e) {
            throw new SchemaException("invalid $schema in " + GoQuote.quote(up.toString()) + ": " + e.getMessage());
        }
        if (up.ptr().isEmpty() && schUrl.equals(up.url())) {
            throw new SchemaException("draft " + GoQuote.quote(schUrl) + " is not supported");
        }
        if (!seen.add(schUrl)) {
            throw new SchemaException("cycle in resolving $schema in " + GoQuote.quote(schUrl));
        }
        return draft(new Urls.UrlPtr(schUrl, ""), load(schUrl), fallback, seen);
    }

    /** The vocabularies a custom meta-schema requires, or null for a known draft URL or none. */
    List<String> metaVocabs(Object doc, Draft draft) throws SchemaException {
        if (!(doc instanceof Map<?, ?> obj) || !(obj.get("$schema") instanceof String sch)) {
            return null;
        }
        if (Draft.fromUrl(sch) != null) {
            return null;
        }
        String schUrl = Urls.beforeFragment(sch);
        try {
            GoUrl.parse(schUrl);
        } catch (GoUrl.GoUrlException e) {
            throw Urls.parseUrlError(schUrl, e.getMessage());
        }
        return draft.vocabs(schUrl, load(schUrl));
    }
}
