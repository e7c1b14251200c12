package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoQuote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every document of a compilation, loaded once: scanned for resources and anchors, and checked against its
 * meta-schema (except the json-schema.org meta-schemas themselves) before any of it is compiled.
 */
final class Roots {
    final Documents documents;
    private final Map<String, Root> roots = new HashMap<>();
    private final Draft defaultDraft;

    Roots(Documents documents, Draft defaultDraft) {
        this.documents = documents;
        this.defaultDraft = defaultDraft;
    }

    Root get(String url) {
        return roots.get(url);
    }

    Root orLoad(String url) throws SchemaException {
        Root r = roots.get(url);
        if (r != null) {
            return r;
        }
        return addRoot(url, documents.load(url));
    }

    private Root addRoot(String url, Object doc) throws SchemaException {
        Root r = new Root(url, doc);
        collectResources(r, doc, url, "", new Dialect(defaultDraft, null));
        if (!url.startsWith("http://json-schema.org/") && !url.startsWith("https://json-schema.org/")) {
            validate(r, doc, "");
        }
        roots.put(url, r);
        return r;
    }

    Urls.UrlPtr resolveFragment(Urls.UrlFrag uf) throws SchemaException {
        return orLoad(uf.url()).resolveFragment(uf.frag());
    }

    private void collectResources(Root r, Object sch, String base, String schPtr, Dialect fallback) throws SchemaException {
        if (r.subschemasProcessed.contains(schPtr)) {
            return;
        }
        doCollectResources(r, sch, base, schPtr, fallback);
        r.subschemasProcessed.add(schPtr);
    }

    @SuppressWarnings("unchecked")
    private void doCollectResources(Root r, Object sch, String base, String schPtr, Dialect fallback) throws SchemaException {
        if (!(sch instanceof Map<?, ?> rawObj)) {
            if (schPtr.isEmpty()) {
                Root.Resource res = new Root.Resource(schPtr, base);
                res.dialect = fallback;
                r.resources.put(schPtr, res);
            }
            return;
        }
        Map<String, Object> obj = (Map<String, Object>) rawObj;
        boolean hasSchema = obj.get("$schema") instanceof String;
        Draft draft = documents.draft(new Urls.UrlPtr(r.url, schPtr), sch, fallback.draft(), new HashSet<>());
        String id = draft.id(obj);
        if (id.isEmpty() && !schPtr.isEmpty()) {
            // $schema counts only where a resource starts
            draft = fallback.draft();
            hasSchema = false;
            id = draft.id(obj);
        }

        Root.Resource res = null;
        if (!id.isEmpty()) {
            try {
                base = Urls.join(base, id).url();
            } catch (SchemaException e) {
                throw new SchemaException("error in parsing id at " + GoQuote.quote(new Urls.UrlPtr(r.url, schPtr).toString()));
            }
            res = new Root.Resource(schPtr, base);
        } else if (schPtr.isEmpty()) {
            res = new Root.Resource(schPtr, base);
        }
        if (res != null) {
            boolean found = false;
            for (Root.Resource other : r.resources.values()) {
                if (other.id.equals(base)) {
                    found = true;
                    if (!other.ptr.equals(schPtr)) {
                        throw new SchemaException("duplicate id " + GoQuote.quote(base) + " in " + GoQuote.quote(r.url)
                                + " at " + GoQuote.quote(schPtr) + " and " + GoQuote.quote(other.ptr));
                    }
                }
            }
            if (!found) {
                res.dialect = hasSchema ? new Dialect(draft, documents.metaVocabs(sch, draft)) : fallback;
                r.resources.put(schPtr, res);
            }
        }

        Root.Resource baseRes = null;
        for (Root.Resource other : r.resources.values()) {
            if (other.id.equals(base)) {
                baseRes = other;
                break;
            }
        }
        if (baseRes == null) {
            throw new IllegalStateException("baseres is nil");
        }
        r.collectAnchors(sch, schPtr, baseRes);

        Map<String, Object> subschemas = new LinkedHashMap<>();
        for (Draft.SchemaPath sp : draft.subschemas) {
            sp.collect(obj, schPtr, 0, subschemas);
        }
        for (Map.Entry<String, Object> e : subschemas.entrySet()) {
            collectResources(r, e.getValue(), base, e.getKey(), baseRes.dialect);
        }
    }

    /**
     * Makes sure a location a reference points at was scanned and meta-validated; references may point anywhere
     * in a document, not only at the places the draft lists as subschemas.
     */
    void ensureSubschema(Urls.UrlPtr up) throws SchemaException {
        Root r = orLoad(up.url());
        if (r.subschemasProcessed.contains(up.ptr())) {
            return;
        }
        Object v = up.lookup(r.doc);
        Root copy = r.copy();
        addSubschema(copy, up.ptr());
        validate(copy, v, up.ptr());
        roots.put(r.url, copy);
    }

    private void addSubschema(Root r, String ptr) throws SchemaException {
        Object v = new Urls.UrlPtr(r.url, ptr).lookup(r.doc);
        Root.Resource base = r.resource(ptr);
        collectResources(r, v, base.id, ptr, base.dialect);
        if (!r.resources.containsKey(ptr)) {
            r.collectAnchors(v, ptr, r.resource(ptr));
        }
    }

    /** Checks a document (or a part of it) against the meta-schema of its dialect. */
    void validate(Root r, Object v, String ptr) throws SchemaException {
        Schema meta = r.resource(ptr).dialect.metaSchema();
        ValidationError err = Validator.validateRoot(meta, v, meta, r.resources);
        if (err != null) {
            throw new SchemaException(GoQuote.quote(new Urls.UrlPtr(r.url, ptr).toString())
                    + " is not valid against metaschema: " + err.text());
        }
    }
}
