package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The controller end to end against fabric8's CRUD API server holding the quick start's flaskapp objects (v1alpha3,
 * DestinationRule host flaskapp.default.svc.cluster.local): real reads, writes with resourceVersion preconditions,
 * readiness from the Deployment, an HTTP probe against a real local endpoint, and Events.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class ShiftScenariosTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Path USER_VS = Path.of("src/test/resources/shift/scenarios/user-owned-virtualservice.yaml");

    @KubernetesTestServer
    KubernetesServer server;

    KubeApi api;
    IstioApi istio;
    Flaskapp.ManualClock clock;
    HttpServer app;
    final AtomicInteger appStatus = new AtomicInteger(200);

    @BeforeEach
    void seed() throws Exception {
        server.getKubernetesMockServer().reset();
        Flaskapp.answerLikeAnApiServer(server.getKubernetesMockServer());
        api = KubeApi.using(server.getClient());
        istio = new IstioApi(api);
        clock = new Flaskapp.ManualClock(T0);
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/env/version", exchange -> {
            boolean canary = "true".equals(exchange.getRequestHeaders().getFirst("x-canary"));
            byte[] body = (canary ? "v2" : "v1").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(appStatus.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        app.start();
    }

    @AfterEach
    void stopApp() {
        app.stop(0);
    }

    ShiftPolicy policy(String steps, int threshold) {
        String yaml = """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp, namespace: default}
                spec:
                  virtualService: flaskapp
                  host: flaskapp
                  from: v1
                  to: v2
                  %s
                  interval: 1m
                  gates:
                    readiness: {deployment: flaskapp-v2}
                    http:
                      - url: http://127.0.0.1:%d/env/version
                        headers: {x-canary: "true"}
                        expect: {status: 200, bodyContains: v2}
                  failureThreshold: %d
                """.formatted(steps, app.getAddress().getPort(), threshold);
        return new PolicyLoader().loadText("scenario.yaml", yaml, null).get(0);
    }

    ShiftRunner runner() {
        return new ShiftRunner(istio, new ClusterGates(istio), clock);
    }

    @Test
    void happyPathReachesPromotedAndLeavesEverythingElseOfTheVirtualServiceAlone() {
        Flaskapp.seed(api, USER_VS);
        ObjectNode before = Flaskapp.vs(api);
        ShiftPolicy p = policy("steps: [25, 50, 100]", 3);
        ShiftRunner runner = runner();

        assertThat(runner.step(p, false).decision().action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Progressing);
        assertThat(runner.step(p, false).decision().action()).as("interval not elapsed").isEqualTo(Decision.Action.NOOP);

        clock.advance(Duration.ofMinutes(1));
        runner.step(p, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");
        assertThat(Flaskapp.state(api).history().get(1).checks()).extracting(CheckResult::name)
                .containsExactly("readiness", "http[0]");

        clock.advance(Duration.ofMinutes(1));
        StepResult last = runner.step(p, false);
        assertThat(last.state().phase()).isEqualTo(Phase.Promoted);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=0 v2=100");
        RolloutState state = Flaskapp.state(api);
        assertThat(state.phase()).isEqualTo(Phase.Promoted);
        assertThat(state.weight()).isEqualTo(100);
        assertThat(state.stepIndex()).isEqualTo(2);
        assertThat(state.lastTransitionTime()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
        assertThat(Flaskapp.events(api)).containsExactly("Advanced", "Advanced", "Promoted");

        ObjectNode after = Flaskapp.vs(api);
        assertThat(after.path("spec").path("http").get(0)).isEqualTo(before.path("spec").path("http").get(0));
        assertThat(after.path("spec").path("hosts")).isEqualTo(before.path("spec").path("hosts"));
        assertThat(after.path("spec").path("gateways")).isEqualTo(before.path("spec").path("gateways"));
        assertThat(after.path("spec").path("http").get(1).path("retries")).isEqualTo(before.path("spec").path("http").get(1).path("retries"));
        assertThat(after.path("spec").path("http").get(1).path("x-future-field").toString()).isEqualTo("{\"keep\":\"me\"}");
        assertThat(after.path("spec").path("http").get(1).path("route").get(1).path("destination").toString())
                .as("the new destination copies the user's host spelling").isEqualTo("{\"host\":\"flaskapp\",\"subset\":\"v2\"}");
        assertThat(after.path("metadata").path("annotations").path("owner").asText()).isEqualTo("alice@example.com");
        assertThat(after.path("metadata").path("labels")).isEqualTo(before.path("metadata").path("labels"));
    }

    @Test
    void holdsWhileV2IsNotReadyAndMovesOnceItIs() {
        Flaskapp.seed(api, null);
        Flaskapp.setV2Available(api, 0);
        ShiftPolicy p = policy("steps: [25, 100]", 3);
        StepResult held = runner().step(p, false);
        assertThat(held.decision().action()).isEqualTo(Decision.Action.HOLD);
        assertThat(held.decision().reason()).isEqualTo("waiting for v2 to be ready: deployment flaskapp-v2: 0/1 available");
        assertThat(Flaskapp.weights(api)).as("the single destination is left as it is").isEqualTo("v1=-");
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Pending);
        assertThat(Flaskapp.state(api).failedChecks()).isZero();
        assertThat(Flaskapp.events(api)).containsExactly("Waiting");

        Flaskapp.setV2Available(api, 1);
        runner().step(p, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");
    }

    @Test
    void theDestinationRuleIsReadByTheNameThePolicyGivesAndAMissingOneHolds() {
        Flaskapp.seed(api, null);
        ObjectNode renamed = api.get("/apis/networking.istio.io/v1alpha3/namespaces/default/destinationrules/flaskapp").orElseThrow();
        ObjectNode metadata = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        metadata.put("name", "flaskapp-subsets").put("namespace", "default");
        renamed.set("metadata", metadata);
        api.create("/apis/networking.istio.io/v1alpha3/namespaces/default/destinationrules", renamed);
        String yaml = """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp, namespace: default}
                spec:
                  virtualService: flaskapp
                  host: flaskapp
                  from: v1
                  to: v2
                  steps: [25, 100]
                  gates: {readiness: {deployment: flaskapp-v2, destinationRule: %s}}
                """;
        ShiftPolicy missing = new PolicyLoader().loadText("dr.yaml", yaml.formatted("nope"), null).get(0);
        StepResult held = runner().step(missing, false);
        assertThat(held.decision().action()).isEqualTo(Decision.Action.HOLD);
        assertThat(held.decision().reason()).contains("no DestinationRule named nope for host flaskapp in default");
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=-");

        ShiftPolicy named = new PolicyLoader().loadText("dr.yaml", yaml.formatted("flaskapp-subsets"), null).get(0);
        assertThat(runner().step(named, false).decision().action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");
    }

    @Test
    void noWeightMovesWhileTheDestinationRuleLacksTheTargetSubsetAndTheHoldNamesTheRuleAndTheSubset() {
        Flaskapp.seed(api, null);
        String rulePath = "/apis/networking.istio.io/v1alpha3/namespaces/default/destinationrules/flaskapp";
        ObjectNode rule = api.get(rulePath).orElseThrow();
        ObjectNode withoutV2 = rule.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) withoutV2.path("spec").path("subsets")).remove(1);
        api.replace(rulePath, withoutV2);
        ShiftPolicy p = policy("steps: [25, 100]", 3);

        StepResult held = runner().step(p, false);
        assertThat(held.decision().action()).isEqualTo(Decision.Action.HOLD);
        assertThat(held.decision().reason()).isEqualTo("waiting for v2 to be ready: the DestinationRule flaskapp in default defines "
                + "no subset v2 (it has v1); add it to spec.subsets with the version's pod labels");
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=-");

        api.replace(rulePath, api.get(rulePath).orElseThrow().set("spec", rule.path("spec").deepCopy()));
        clock.advance(Duration.ofMinutes(1));
        assertThat(runner().step(p, false).decision().action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");
    }

    @Test
    void rollsBackAfterExactlyFailureThresholdFailedChecks() {
        Flaskapp.seed(api, null);
        ShiftPolicy p = policy("steps: [25, 100]", 3);
        runner().step(p, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");
        appStatus.set(503);
        clock.advance(Duration.ofMinutes(1));
        for (int failure = 1; failure <= 2; failure++) {
            StepResult held = runner().step(p, false);
            assertThat(held.decision().action()).isEqualTo(Decision.Action.HOLD);
            assertThat(held.rolledBackOrFailed()).isFalse();
            assertThat(Flaskapp.state(api).failedChecks()).isEqualTo(failure);
            assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");
        }
        StepResult third = runner().step(p, false);
        assertThat(third.decision().action()).isEqualTo(Decision.Action.ROLLBACK);
        assertThat(third.rolledBackOrFailed()).isTrue();
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=100 v2=0");
        RolloutState state = Flaskapp.state(api);
        assertThat(state.phase()).isEqualTo(Phase.RolledBack);
        assertThat(state.failedChecks()).isEqualTo(3);
        assertThat(state.message()).startsWith("rolled back to v1 after 3 failed check(s): http[0]: GET http://127.0.0.1:");
        assertThat(state.history()).extracting(HistoryEntry::action).containsExactly("Advance", "CheckFailed", "CheckFailed", "Rollback");
        assertThat(state.history().get(3).checks()).anySatisfy(c -> {
            assertThat(c.outcome()).isEqualTo(CheckResult.Outcome.failure);
            assertThat(c.value()).isEqualTo(503.0);
        });
        assertThat(Flaskapp.events(api)).containsExactly("Advanced", "CheckFailed", "CheckFailed", "RolledBack");
        assertThat(runner().step(p, false).decision().action()).as("a rolled back rollout stays put").isEqualTo(Decision.Action.NOOP);
    }

    @Test
    void twoConcurrentSteppersNeverDoubleAdvanceNorLoseState() throws Exception {
        Flaskapp.seed(api, null);
        ShiftPolicy p = policy("stepWeight: 5\n  maxWeight: 100", 3);
        KubeApi otherApi = KubeApi.using(server.getKubernetesMockServer().createClient());
        IstioApi otherIstio = new IstioApi(otherApi);
        List<ShiftRunner> runners = List.of(runner(), new ShiftRunner(otherIstio, new ClusterGates(otherIstio), clock));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int conflicts = 0;
            for (int round = 1; round <= 20; round++) {
                CyclicBarrier barrier = new CyclicBarrier(2);
                List<Future<StepResult>> futures = new ArrayList<>();
                for (ShiftRunner r : runners) {
                    futures.add(pool.submit(() -> {
                        barrier.await(10, TimeUnit.SECONDS);
                        return r.step(p, false);
                    }));
                }
                List<StepResult> results = new ArrayList<>();
                for (Future<StepResult> f : futures) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                conflicts += results.stream().mapToInt(StepResult::conflicts).sum();
                assertThat(results.stream().filter(StepResult::written).count()).as("round " + round).isEqualTo(1);
                RolloutState state = Flaskapp.state(api);
                int expected = round < 20 ? 5 * round : 100;
                assertThat(state.weight()).as("round " + round).isEqualTo(expected);
                assertThat(Flaskapp.weights(api)).isEqualTo("v1=" + (100 - expected) + " v2=" + expected);
                assertThat(state.history()).hasSize(round);
                assertThat(state.lastTransitionTime()).isEqualTo(clock.instant());
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Promoted);
            assertThat(Flaskapp.events(api)).hasSize(20);
            System.out.println("concurrent steppers: " + conflicts + " conflicts resolved by re-reading in 20 rounds");
        } finally {
            pool.shutdownNow();
            otherApi.close();
        }
    }

    @Test
    void aProcessKilledBetweenReadAndWriteLeavesNothingHalfDoneAndTheNextStepIsCorrect() {
        Flaskapp.seed(api, null);
        ShiftPolicy p = policy("steps: [25, 50, 100]", 3);
        runner().step(p, false);
        ObjectNode before = Flaskapp.vs(api);
        clock.advance(Duration.ofMinutes(1));
        ShiftRunner dying = new ShiftRunner(istio, new ClusterGates(istio), clock, () -> {
            throw new ThreadDeath();
        });
        assertThatThrownBy(() -> dying.step(p, false)).isInstanceOf(ThreadDeath.class);
        assertThat(Flaskapp.vs(api)).isEqualTo(before);

        StepResult next = runner().step(p, false);
        assertThat(next.decision().action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");
        assertThat(Flaskapp.state(api).history()).extracting(HistoryEntry::weight).containsExactly(25, 50);
    }

    @Test
    void handEditedWeightsPauseTheRolloutAndResumeAdoptsThem() {
        Flaskapp.seed(api, null);
        ShiftPolicy p = policy("steps: [25, 50, 100]", 3);
        runner().step(p, false);
        ObjectNode edited = Flaskapp.vs(api);
        var route = edited.path("spec").path("http").get(0).path("route");
        ((ObjectNode) route.get(0)).put("weight", 60);
        ((ObjectNode) route.get(1)).put("weight", 40);
        api.replace(Flaskapp.VS, edited);
        clock.advance(Duration.ofMinutes(1));

        StepResult paused = runner().step(p, false);
        assertThat(paused.decision().action()).isEqualTo(Decision.Action.PAUSE);
        assertThat(Flaskapp.weights(api)).as("never fight the human").isEqualTo("v1=60 v2=40");
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Paused);
        assertThat(Flaskapp.state(api).message()).startsWith("live weights v1=60 v2=40 differ from the recorded v2=25");
        assertThat(Flaskapp.events(api)).containsExactly("Advanced", "Drift");
        clock.advance(Duration.ofMinutes(1));
        assertThat(runner().step(p, false).decision().action()).isEqualTo(Decision.Action.NOOP);

        runner().apply(p, ManualCommand.RESUME, false);
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Progressing);
        assertThat(Flaskapp.state(api).weight()).isEqualTo(40);
        clock.advance(Duration.ofMinutes(1));
        runner().step(p, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");
    }

    @Test
    void pauseResumeAbortRetryAndPromoteDoWhatTheySay() {
        Flaskapp.seed(api, null);
        ShiftPolicy p = policy("steps: [25, 50, 75, 100]", 3);
        ShiftRunner runner = runner();
        runner.step(p, false);

        runner.apply(p, ManualCommand.PAUSE, false);
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Paused);
        clock.advance(Duration.ofMinutes(5));
        assertThat(runner.step(p, false).written()).isFalse();
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=75 v2=25");

        runner.apply(p, ManualCommand.RESUME, false);
        runner.apply(p, ManualCommand.PROMOTE, false);
        assertThat(Flaskapp.weights(api)).as("promote skips the interval").isEqualTo("v1=50 v2=50");

        StepResult dry = runner.apply(p, ManualCommand.ABORT, true);
        assertThat(dry.state().phase()).isEqualTo(Phase.RolledBack);
        assertThat(Flaskapp.weights(api)).as("--dry-run writes nothing").isEqualTo("v1=50 v2=50");

        runner.apply(p, ManualCommand.ABORT, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=100 v2=0");
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.RolledBack);

        runner.apply(p, ManualCommand.RETRY, false);
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Pending);
        runner.apply(p, ManualCommand.PROMOTE_FULL, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=0 v2=100");
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Promoted);
        assertThat(Flaskapp.events(api)).containsExactly("Advanced", "Paused", "Resumed", "Advanced", "RolledBack", "Retry", "Promoted");
    }

    @Test
    void theHeaderRouteIsPlacedFirstAndRemovedOnPromotion() {
        Flaskapp.seed(api, USER_VS);
        String yaml = """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp, namespace: default}
                spec:
                  virtualService: flaskapp
                  host: flaskapp.default.svc.cluster.local
                  from: v1
                  to: v2
                  steps: [50, 100]
                  headerRoute: {headers: {x-canary: {exact: "true"}}}
                  gates: {readiness: {deployment: flaskapp-v2}}
                """;
        ShiftPolicy p = new PolicyLoader().loadText("header.yaml", yaml, null).get(0);
        runner().step(p, false);
        ObjectNode vs = Flaskapp.vs(api);
        assertThat(vs.path("spec").path("http")).hasSize(3);
        assertThat(vs.path("spec").path("http").get(0).toString()).isEqualTo(
                "{\"match\":[{\"headers\":{\"x-canary\":{\"exact\":\"true\"}}}],\"route\":[{\"destination\":{\"host\":\"flaskapp\",\"subset\":\"v2\"}}]}");
        assertThat(Flaskapp.state(api).headerRoute()).isTrue();
        clock.advance(Duration.ofMinutes(1));
        runner().step(p, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");
        clock.advance(Duration.ofMinutes(1));
        runner().step(p, false);
        assertThat(Flaskapp.vs(api).path("spec").path("http")).hasSize(2);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=0 v2=100");
    }
}
