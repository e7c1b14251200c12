package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The RFC 6902 JSON Patch that turns the object read into the object edited, limited to what the controller edits:
 * it starts with a {@code test} of the resourceVersion read (the precondition), then replaces {@code /spec/http}
 * when the routes changed and adds, replaces or removes single annotations. Lists are always replaced whole, never
 * merged (fabric8's CRUD server concatenates lists under a merge patch).
 */
public final class WritePatch {
    private WritePatch() {
    }

    /** The operations; refuses an object without a resourceVersion and edits outside routes and annotations. */
    public static ArrayNode between(ObjectNode read, ObjectNode edited) {
        String resourceVersion = read.path("metadata").path("resourceVersion").asText("");
        if (resourceVersion.isEmpty()) {
            throw new IllegalArgumentException("refusing to write " + read.path("metadata").path("name").asText()
                    + " without a resourceVersion precondition");
        }
        requireOnlyRoutesAndAnnotationsChanged(read, edited);
        ArrayNode ops = KubeApi.JSON.createArrayNode();
        ops.addObject().put("op", "test").put("path", "/metadata/resourceVersion").put("value", resourceVersion);
        JsonNode routesBefore = read.path("spec").path("http");
        JsonNode routesAfter = edited.path("spec").path("http");
        if (!routesAfter.equals(routesBefore)) {
            ops.addObject().put("op", routesBefore.isMissingNode() ? "add" : "replace").put("path", "/spec/http")
                    .set("value", routesAfter);
        }
        annotationOps(ops, read.path("metadata").path("annotations"), edited.path("metadata").path("annotations"));
        return ops;
    }

    private static void annotationOps(ArrayNode ops, JsonNode before, JsonNode after) {
        if (after.equals(before)) {
            return;
        }
        if (!before.isObject()) {
            ops.addObject().put("op", "add").put("path", "/metadata/annotations").set("value", after);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().equals(before.get(e.getKey()))) {
                ops.addObject().put("op", before.has(e.getKey()) ? "replace" : "add")
                        .put("path", "/metadata/annotations/" + escape(e.getKey())).set("value", e.getValue());
            }
        }
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!after.has(key)) {
                ops.addObject().put("op", "remove").put("path", "/metadata/annotations/" + escape(key));
            }
        }
    }

    /** JSON Pointer escaping (RFC 6901): {@code helmshift.dev/state} → {@code helmshift.dev~1state}. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** A patch that silently dropped another edit would be a bug of ours; say so loudly instead. */
    private static void requireOnlyRoutesAndAnnotationsChanged(ObjectNode read, ObjectNode edited) {
        ObjectNode a = read.deepCopy();
        ObjectNode b = edited.deepCopy();
        for (ObjectNode o : new ObjectNode[] {a, b}) {
            if (o.path("spec") instanceof ObjectNode spec) {
                spec.remove("http");
            }
            if (o.path("metadata") instanceof ObjectNode meta) {
                meta.remove("annotations");
            }
        }
        if (!Objects.equals(a, b)) {
            throw new IllegalArgumentException("the controller edits only spec.http and annotations of a VirtualService");
        }
    }
}
