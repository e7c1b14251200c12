package dev.helmshift.shift;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.helmshift.report.Json;

/**
 * Reads and writes the {@code helmshift.dev/state} annotation as compact JSON. Built by hand on Jackson trees (no
 * reflection, native-ready) so the field names and order are exactly the contract.
 */
public final class StateCodec {
    public static final String ANNOTATION = "helmshift.dev/state";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateCodec() {
    }

    /** The state stored on a VirtualService, if any. An unreadable annotation is an error, never silently reset. */
    public static Optional<RolloutState> read(JsonNode virtualService) {
        JsonNode value = virtualService.path("metadata").path("annotations").path(ANNOTATION);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(decode(value.asText()));
    }

    /** Sets the annotation on a VirtualService tree. */
    public static void write(ObjectNode virtualService, RolloutState state) {
        ObjectNode metadata = virtualService.with("metadata");
        JsonNode annotations = metadata.path("annotations");
        ObjectNode target = annotations instanceof ObjectNode o ? o : metadata.putObject("annotations");
        target.put(ANNOTATION, encode(state));
    }

    public static String encode(RolloutState state) {
        return Json.compact(toJson(state));
    }

    public static ObjectNode toJson(RolloutState state) {
        ObjectNode o = JSON.createObjectNode();
        o.put("phase", state.phase().name());
        o.put("weight", state.weight());
        o.put("stepIndex", state.stepIndex());
        o.put("failedChecks", state.failedChecks());
        o.put("inconclusiveChecks", state.inconclusiveChecks());
        o.put("headerRoute", state.headerRoute());
        if (state.lastTransitionTime() == null) {
            o.putNull("lastTransitionTime");
        } else {
            o.put("lastTransitionTime", state.lastTransitionTime().toString());
        }
        o.put("message", state.message());
        ArrayNode history = o.putArray("history");
        for (HistoryEntry e : state.history()) {
            ObjectNode h = history.addObject();
            h.put("time", e.time().toString());
            h.put("action", e.action());
            h.put("weight", e.weight());
            h.put("message", e.message());
            if (!e.checks().isEmpty()) {
                ArrayNode checks = h.putArray("checks");
                for (CheckResult c : e.checks()) {
                    ObjectNode check = checks.addObject();
                    check.put("name", c.name());
                    check.put("outcome", c.outcome().name());
                    if (c.value() != null) {
                        check.put("value", c.value());
                    }
                    if (!c.message().isEmpty()) {
                        check.put("message", c.message());
                    }
                }
            }
        }
        return o;
    }

    public static RolloutState decode(String text) {
        JsonNode o;
        try {
            o = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ShiftException("the " + ANNOTATION + " annotation is not valid JSON: " + e.getOriginalMessage(),
                    "fix or remove the annotation (removing it restarts the rollout from the live weights)", e);
        }
        Phase phase;
        try {
            phase = Phase.valueOf(o.path("phase").asText());
        } catch (IllegalArgumentException e) {
            throw new ShiftException("the " + ANNOTATION + " annotation has an unknown phase '" + o.path("phase").asText() + "'",
                    "use one of Pending, Progressing, Paused, Promoted, RolledBack, Failed", e);
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (JsonNode h : o.path("history")) {
            List<CheckResult> checks = new ArrayList<>();
            for (JsonNode c : h.path("checks")) {
                checks.add(new CheckResult(c.path("name").asText(), CheckResult.Outcome.valueOf(c.path("outcome").asText("inconclusive")),
                        c.hasNonNull("value") ? c.path("value").asDouble() : null, c.path("message").asText("")));
            }
            history.add(new HistoryEntry(instant(h.path("time")), h.path("action").asText(), h.path("weight").asInt(),
                    h.path("message").asText(""), checks));
        }
        return new RolloutState(phase, o.path("weight").asInt(), o.path("stepIndex").asInt(-1), o.path("headerRoute").asBoolean(false),
                o.path("failedChecks").asInt(), o.path("inconclusiveChecks").asInt(), instant(o.path("lastTransitionTime")),
                o.path("message").asText(""), history);
    }

    private static Instant instant(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.asText().isBlank()) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ShiftException("the " + ANNOTATION + " annotation has an unreadable time '" + node.asText() + "'",
                    "use RFC 3339, e.g. 2026-01-01T00:00:00Z", e);
        }
    }
}
