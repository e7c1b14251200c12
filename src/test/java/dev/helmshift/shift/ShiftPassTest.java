package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.shift.demo.ApiServerLikeDispatcher;
import dev.helmshift.shift.demo.DemoCluster;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pass over many policies: several at a time, each namespace's VirtualServices, DestinationRules and Deployments
 * listed once instead of read one by one, outcomes in the order of the policies, and a policy that fails, however it
 * fails, never stopping the others.
 */
class ShiftPassTest {
    static final String VSS = "/apis/networking.istio.io/v1alpha3/namespaces/%s/virtualservices";
    final Flaskapp.ManualClock clock = new Flaskapp.ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    CrudApiServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    /** The flaskapp objects in default, {@code copies} more VirtualServices there, and one rollout alone in "solo". */
    KubeApi seed(ApiServerLikeDispatcher dispatcher, int copies) throws Exception {
        server = new CrudApiServer(dispatcher);
        KubeApi api = server.client();
        Flaskapp.seed(api, null);
        DemoCluster.seed(api, DemoCluster.resource(DemoCluster.OBJECTS).replace("default", "solo"));
        ObjectNode vs = Flaskapp.vs(api);
        for (int i = 0; i < copies; i++) {
            ObjectNode copy = vs.deepCopy();
            copy.set("metadata", copy.objectNode().put("name", "flaskapp-" + i).put("namespace", "default"));
            api.create(VSS.formatted("default"), copy);
        }
        server.drain();
        return api;
    }

    static ShiftPolicy policy(String namespace, String virtualService) {
        return new PolicyLoader().loadText(virtualService + ".yaml", """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: %s, namespace: %s}
                spec: {virtualService: %s, host: flaskapp, from: v1, to: v2, steps: [10, 100],
                       gates: {readiness: {deployment: flaskapp-v2}}}
                """.formatted(virtualService, namespace, virtualService), null).get(0);
    }

    /** "METHOD kind" (list when a GET has no name) → count, for the requests the server received. */
    static Map<String, Integer> requests(List<RecordedRequest> requests, String namespace) {
        Map<String, Integer> counts = new TreeMap<>();
        for (RecordedRequest r : requests) {
            String path = r.getPath().replaceAll("\\?.*", "");
            String marker = "/namespaces/" + namespace + "/";
            int at = path.indexOf(marker);
            if (at < 0) {
                continue;
            }
            String[] rest = path.substring(at + marker.length()).split("/");
            String verb = r.getMethod().equals("GET") && rest.length == 1 ? "LIST" : r.getMethod();
            counts.merge(verb + " " + rest[0], 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void aNamespaceWithManyRolloutsIsListedOnceAndEveryRolloutStepsInPolicyOrder() throws Exception {
        KubeApi api = seed(new ApiServerLikeDispatcher(), 12);
        List<ShiftPolicy> policies = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> policies.add(policy("default", "flaskapp-" + i)));
        policies.add(policy("solo", "flaskapp"));

        List<ShiftPass.Outcome<StepResult>> outcomes = ShiftPass.run(new IstioApi(api), clock, policies, 4, (r, p) -> r.step(p, false));

        assertThat(outcomes).extracting(ShiftPass.Outcome::policy).containsExactlyElementsOf(policies);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.error()).isNull();
            assertThat(o.value().decision().action()).isEqualTo(Decision.Action.ADVANCE);
            assertThat(o.value().written()).isTrue();
        });
        List<RecordedRequest> received = server.drain();
        // The CRUD server serves no discovery, so each version is listed until the objects turn up (v1alpha3).
        assertThat(requests(received, "default")).isEqualTo(Map.of(
                "LIST virtualservices", 3, "LIST destinationrules", 3, "LIST deployments", 1,
                "PATCH virtualservices", 12, "POST events", 12));
        assertThat(requests(received, "solo")).isEqualTo(Map.of(
                "GET virtualservices", 3, "GET destinationrules", 3, "GET deployments", 1,
                "PATCH virtualservices", 1, "POST events", 1));
        assertThat(StateCodec.read(api.get(VSS.formatted("default") + "/flaskapp-11").orElseThrow()).orElseThrow().weight()).isEqualTo(10);
    }

    @Test
    void aRolloutThatFailsHoweverItFailsNeverStopsTheOthers() throws Exception {
        KubeApi api = seed(new ApiServerLikeDispatcher(), 3);
        List<ShiftPolicy> policies = List.of(policy("default", "flaskapp-0"), policy("default", "ghost"),
                policy("default", "flaskapp-1"), policy("default", "flaskapp-2"));

        List<ShiftPass.Outcome<StepResult>> outcomes = ShiftPass.run(new IstioApi(api), clock, policies, 2, (r, p) -> {
            if (p.virtualService().equals("flaskapp-1")) {
                throw new IllegalStateException("a bug in one rollout");
            }
            return r.step(p, false);
        });

        assertThat(outcomes.get(0).value().written()).isTrue();
        assertThat(outcomes.get(1).error()).isInstanceOf(ShiftException.class)
                .hasMessageStartingWith("VirtualService default/ghost not found (policy ghost, ghost.yaml)");
        assertThat(outcomes.get(2).error()).isInstanceOf(IllegalStateException.class).hasMessage("a bug in one rollout");
        assertThat(outcomes.get(3).value().written()).isTrue();
    }

    @Test
    void withoutListOnAKindThePassReadsItOneByOne() throws Exception {
        ApiServerLikeDispatcher noLists = new ApiServerLikeDispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath().replaceAll("\\?.*", "");
                if (request.getMethod().equals("GET") && (path.endsWith("/destinationrules") || path.endsWith("/deployments"))) {
                    return new MockResponse().setResponseCode(403).setBody("{\"kind\":\"Status\",\"code\":403,\"reason\":\"Forbidden\"}");
                }
                return super.dispatch(request);
            }
        };
        KubeApi api = seed(noLists, 2);
        List<ShiftPolicy> policies = List.of(policy("default", "flaskapp-0"), policy("default", "flaskapp-1"));

        List<ShiftPass.Outcome<StepResult>> outcomes = ShiftPass.run(new IstioApi(api), clock, policies, 1, (r, p) -> r.step(p, false));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.value().decision().action()).isEqualTo(Decision.Action.ADVANCE));
        Map<String, Integer> counts = requests(server.drain(), "default");
        assertThat(counts).containsEntry("LIST virtualservices", 3).containsEntry("LIST destinationrules", 1)
                .containsEntry("LIST deployments", 1).containsEntry("GET deployments", 2).containsKey("GET destinationrules");
    }
}
