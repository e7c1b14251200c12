package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoQuote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles schema documents into {@link Schema} nodes, the library's Compiler: a location is resolved, its
 * document loaded and meta-validated, and the node compiled; every subschema and reference it needs is queued
 * and compiled in turn, so cycles become links between nodes.
 */
final class Compiler {
    private final Map<Urls.UrlPtr, Schema> schemas = new HashMap<>();
    final Roots roots;
    final Documents documents;
    final boolean assertFormat;

    Compiler(UrlLoader loader, boolean assertFormat) {
        this.documents = new Documents(loader);
        this.roots = new Roots(documents, Draft.LATEST);
        this.assertFormat = assertFormat;
    }

    /** Makes a document available at a URL, as if it had been loaded from there. */
    void addResource(String url, Object doc) throws SchemaException {
        Urls.UrlFrag uf = Urls.absolute(url);
        if (MetaSchemaDocuments.isMetaSchemaUrl(uf.url()) || !documents.add(uf.url(), doc)) {
            throw new SchemaException("resource for " + GoQuote.quote(uf.url()) + " already exists");
        }
    }

    Schema compile(String location) throws SchemaException {
        Urls.UrlFrag uf = Urls.absolute(location);
        Urls.UrlPtr up = roots.resolveFragment(uf);
        return doCompile(up);
    }

    /** The nodes of one compilation, in the order they were met. */
    static final class Queue {
        final List<Schema> list = new ArrayList<>();
        final Map<Urls.UrlPtr, Schema> index = new HashMap<>();
    }

    private Schema doCompile(Urls.UrlPtr up) throws SchemaException {
        Queue queue = new Queue();
        enqueue(queue, up);
        for (int compiled = 0; compiled < queue.list.size(); compiled++) {
            Schema sch = queue.list.get(compiled);
            roots.ensureSubschema(sch.up);
            Root r = roots.get(sch.up.url());
            Object v = sch.up.lookup(r.doc);
            compileValue(v, sch, r, queue);
        }
        for (Schema sch : queue.list) {
            schemas.put(sch.up, sch);
        }
        return schemas.get(up);
    }

    /** The node for a location: already compiled, already queued, or queued now. */
    Schema enqueue(Queue queue, Urls.UrlPtr up) {
        Schema sch = schemas.get(up);
        if (sch != null) {
            return sch;
        }
        sch = queue.index.get(up);
        if (sch != null) {
            return sch;
        }
        sch = new Schema(up);
        queue.list.add(sch);
        queue.index.put(up, sch);
        return sch;
    }

    private void compileValue(Object v, Schema sch, Root r, Queue queue) throws SchemaException {
        Root.Resource res = r.resource(sch.up.ptr());
        sch.draftVersion = res.dialect.draft().version;
        Urls.UrlPtr base = new Urls.UrlPtr(sch.up.url(), res.ptr);
        sch.resource = enqueue(queue, base);

        if (sch.draftVersion >= 2020 && sch.up.equals(sch.resource.up)) {
            for (Map.Entry<String, String> anchor : res.anchors.entrySet()) {
                if (res.dynamicAnchors.contains(anchor.getKey())) {
                    Schema target = enqueue(queue, new Urls.UrlPtr(sch.up.url(), anchor.getValue()));
                    if (sch.dynamicAnchors == null) {
                        sch.dynamicAnchors = new HashMap<>();
                    }
                    sch.dynamicAnchors.put(anchor.getKey(), target);
                }
            }
        }

        if (v instanceof Boolean b) {
            sch.bool = b;
        } else if (v instanceof Map<?, ?> obj) {
            if (obj.isEmpty()) {
                sch.bool = true;
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) obj;
                new ObjectCompiler(this, map, sch.up, r, res, queue).compile(sch);
            }
        }

        sch.allPropsEvaluated = sch.additionalProperties != null;
        if (sch.draftVersion < 2020) {
            sch.allItemsEvaluated = sch.additionalItems != null;
            if (sch.items instanceof Schema) {
                sch.allItemsEvaluated = true;
            } else if (sch.items instanceof List<?> tuple) {
                sch.numItemsEvaluated = tuple.size();
            }
        } else {
            sch.allItemsEvaluated = sch.items2020 != null;
            sch.numItemsEvaluated = sch.prefixItems == null ? 0 : sch.prefixItems.size();
        }
    }
}
