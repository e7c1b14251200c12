package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/** Records core/v1 Events on an object, as kubectl describe shows them. Needs {@code create} on events. */
public final class EventRecorder {
    public static final String COMPONENT = "helmshift";

    private final KubeApi api;

    public EventRecorder(KubeApi api) {
        this.api = api;
    }

    /** Creates one Event about {@code involved}; {@code warning} selects type Warning instead of Normal. */
    public ObjectNode record(JsonNode involved, String reason, String message, boolean warning, Instant now) {
        JsonNode meta = involved.path("metadata");
        String namespace = meta.path("namespace").asText();
        String name = meta.path("name").asText();
        String time = now.truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode event = KubeApi.JSON.createObjectNode();
        event.put("apiVersion", "v1");
        event.put("kind", "Event");
        ObjectNode metadata = event.putObject("metadata");
        metadata.put("name", name + "." + Long.toHexString(now.toEpochMilli()) + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff)));
        metadata.put("namespace", namespace);
        ObjectNode ref = event.putObject("involvedObject");
        ref.put("apiVersion", involved.path("apiVersion").asText());
        ref.put("kind", involved.path("kind").asText());
        ref.put("name", name);
        ref.put("namespace", namespace);
        if (meta.hasNonNull("uid")) {
            ref.put("uid", meta.path("uid").asText());
        }
        if (meta.hasNonNull("resourceVersion")) {
            ref.put("resourceVersion", meta.path("resourceVersion").asText());
        }
        event.put("reason", reason);
        event.put("message", message);
        event.put("type", warning ? "Warning" : "Normal");
        event.putObject("source").put("component", COMPONENT);
        event.put("reportingComponent", COMPONENT);
        event.put("firstTimestamp", time);
        event.put("lastTimestamp", time);
        event.put("count", 1);
        return api.create("/api/v1/namespaces/" + namespace + "/events", event);
    }
}
