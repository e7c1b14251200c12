package dev.helmshift.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.shift.demo.DemoCluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The quick start's flaskapp objects (v1alpha3, DestinationRule host in FQDN form) on a CRUD API server, and readers. */
final class Flaskapp {
    static final String VS = "/apis/networking.istio.io/v1alpha3/namespaces/default/virtualservices/flaskapp";
    static final String V2 = "/apis/apps/v1/namespaces/default/deployments/flaskapp-v2";

    private Flaskapp() {
    }

    /** Seeds the objects; {@code replacementVirtualService} (a YAML file) replaces the plain quick start VS when given. */
    static void seed(KubeApi api, Path replacementVirtualService) {
        String objects = DemoCluster.resource(DemoCluster.OBJECTS);
        if (replacementVirtualService != null) {
            objects = objects.substring(0, objects.lastIndexOf("---")) + "---\n" + read(replacementVirtualService);
        }
        DemoCluster.seed(api, objects);
    }

    /**
     * Makes the Quarkus test server answer a failed JSON Patch test op with 422, as a real API server does (stock
     * fabric8 7.5.2 never answers it); a fresh dispatcher, so call it before seeding.
     */
    static void answerLikeAnApiServer(io.fabric8.kubernetes.client.server.mock.KubernetesMockServer server) {
        try {
            java.lang.reflect.Field field = io.fabric8.mockwebserver.DefaultMockServer.class.getDeclaredField("server");
            field.setAccessible(true);
            ((io.fabric8.mockwebserver.MockWebServer) field.get(server)).setDispatcher(new dev.helmshift.shift.demo.ApiServerLikeDispatcher());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot replace the mock server's dispatcher", e);
        }
    }

    static ObjectNode vs(KubeApi api) {
        return api.get(VS).orElseThrow();
    }

    static RolloutState state(KubeApi api) {
        return StateCodec.read(vs(api)).orElseThrow();
    }

    /** "v1=75 v2=25" for the route to flaskapp (the last route of the fixtures). */
    static String weights(KubeApi api) {
        ArrayNode http = (ArrayNode) vs(api).path("spec").path("http");
        JsonNode route = http.get(http.size() - 1).path("route");
        List<String> parts = new ArrayList<>();
        for (JsonNode d : route) {
            parts.add(d.path("destination").path("subset").asText() + "=" + (d.has("weight") ? d.path("weight").asText() : "-"));
        }
        return String.join(" ", parts);
    }

    /** The reasons of the Events recorded on the VirtualService, oldest first. */
    static List<String> events(KubeApi api) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode e : api.get("/api/v1/namespaces/default/events").orElseThrow().path("items")) {
            if ("flaskapp".equals(e.path("involvedObject").path("name").asText())
                    && "VirtualService".equals(e.path("involvedObject").path("kind").asText())) {
                reasons.add(e.path("reason").asText());
            }
        }
        return reasons;
    }

    static void setV2Available(KubeApi api, int available) {
        ObjectNode d = api.get(V2).orElseThrow();
        ((ObjectNode) d.with("status")).put("availableReplicas", available).put("readyReplicas", available);
        api.replace(V2, d);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock the test moves by hand, shared by several runners. */
    static final class ManualClock extends Clock {
        private volatile Instant now;

        ManualClock(Instant start) {
            this.now = start;
        }

        void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
