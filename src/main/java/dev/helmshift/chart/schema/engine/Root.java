package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoQuote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One loaded document: its URL, its JSON, the schema resources in it (the root and each subschema with an id,
 * each with its dialect and anchors) and which subschema locations were already scanned for them.
 */
final class Root {
    /** A schema resource: where it sits, its id (base URL), dialect and anchors. */
    static final class Resource {
        final String ptr;
        final String id;
        Dialect dialect;
        final Map<String, String> anchors = new LinkedHashMap<>();
        final List<String> dynamicAnchors = new ArrayList<>();

        Resource(String ptr, String id) {
            this.ptr = ptr;
            this.id = id;
        }

        Resource copy() {
            Resource c = new Resource(ptr, id);
            c.dialect = dialect;
            c.anchors.putAll(anchors);
            c.dynamicAnchors.addAll(dynamicAnchors);
            return c;
        }
    }

    final String url;
    final Object doc;
    final Map<String, Resource> resources;
    final Set<String> subschemasProcessed;

    Root(String url, Object doc) {
        this(url, doc, new LinkedHashMap<>(), new HashSet<>());
    }

    private Root(String url, Object doc, Map<String, Resource> resources, Set<String> processed) {
        this.url = url;
        this.doc = doc;
        this.resources = resources;
        this.subschemasProcessed = processed;
    }

    Resource rootResource() {
        return resources.get("");
    }

    /** The resource a pointer is in: the nearest enclosing one. */
    Resource resource(String ptr) {
        String p = ptr;
        while (true) {
            Resource res = resources.get(p);
            if (res != null) {
                return res;
            }
            int slash = p.lastIndexOf('/');
            if (slash == -1) {
                return rootResource();
            }
            p = p.substring(0, slash);
        }
    }

    /** A fragment resolved in a resource: a pointer relative to it, or an anchor it holds. */
    Urls.UrlPtr resolveFragmentIn(String frag, Resource res) throws SchemaException {
        if (frag.isEmpty() || frag.startsWith("/")) {
            return new Urls.UrlPtr(url, res.ptr + frag);
        }
        String ptr = res.anchors.get(frag);
        if (ptr == null) {
            throw new SchemaException("anchor in " + GoQuote.quote(new Urls.UrlFrag(res.id, frag).toString())
                    + " not found in schema " + GoQuote.quote(url));
        }
        return new Urls.UrlPtr(url, ptr);
    }

    Urls.UrlPtr resolveFragment(String frag) throws SchemaException {
        return resolveFragmentIn(frag, rootResource());
    }

    /** A reference resolved inside this document, or null when it points elsewhere. */
    Urls.UrlPtr resolve(Urls.UrlFrag uf) throws SchemaException {
        Resource res = null;
        if (uf.url().equals(url)) {
            res = rootResource();
        } else {
            for (Resource r : resources.values()) {
                if (r.id.equals(uf.url())) {
                    res = r;
                    break;
                }
            }
            if (res == null) {
                return null;
            }
        }
        return resolveFragmentIn(uf.frag(), res);
    }

    /** Records the anchors a schema object declares, in the resource it belongs to. */
    void collectAnchors(Object sch, String schPtr, Resource res) throws SchemaException {
        if (!(sch instanceof Map<?, ?> obj)) {
            return;
        }
        int version = res.dialect.draft().version;
        if (version < 2019) {
            if (obj.containsKey("$ref")) {
                return;
            }
            if (obj.get(res.dialect.draft().idKeyword) instanceof String id) {
                String frag;
                try {
                    frag = Urls.splitFragment(id).frag();
                } catch (SchemaException e) {
                    throw new SchemaException("error in parsing anchor at " + GoQuote.quote(new Urls.UrlPtr(url, schPtr).toString()));
                }
                if (!frag.isEmpty() && !frag.startsWith("/")) {
                    addAnchor(res, frag, schPtr);
                }
            }
        }
        if (version >= 2019 && obj.get("$anchor") instanceof String anchor) {
            addAnchor(res, anchor, schPtr);
        }
        if (version >= 2020 && obj.get("$dynamicAnchor") instanceof String anchor) {
            addAnchor(res, anchor, schPtr);
            res.dynamicAnchors.add(anchor);
        }
    }

    private void addAnchor(Resource res, String anchor, String schPtr) throws SchemaException {
        String existing = res.anchors.get(anchor);
        if (existing != null) {
            if (existing.equals(schPtr)) {
                return;
            }
            throw new SchemaException("duplicate anchor " + GoQuote.quote(anchor) + " in " + GoQuote.quote(url)
                    + " at " + GoQuote.quote(existing) + " and " + GoQuote.quote(schPtr));
        }
        res.anchors.put(anchor, schPtr);
    }

    Root copy() {
        Map<String, Resource> res = new LinkedHashMap<>();
        resources.forEach((k, v) -> res.put(k, v.copy()));
        return new Root(url, doc, res, new HashSet<>(subschemasProcessed));
    }
}
