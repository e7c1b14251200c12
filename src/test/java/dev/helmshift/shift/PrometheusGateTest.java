package dev.helmshift.shift;

import com.sun.net.httpserver.HttpServer;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.testing.TestTools;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus gate against a REAL Prometheus (the Debian package), which scrapes every second an endpoint this test
 * serves with Istio-shaped counters and histograms. Raising the error rate there forces a rollback; stopping
 * Prometheus mid-rollout makes the checks inconclusive. Skipped when Prometheus is not installed.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrometheusGateTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final Duration WAIT = Duration.ofSeconds(45);

    static HttpServer metrics;
    static Process prometheus;
    static Path workDir;
    static int prometheusPort;
    static final AtomicBoolean failing = new AtomicBoolean();
    static final AtomicLong ok = new AtomicLong();
    static final AtomicLong errors = new AtomicLong();

    @KubernetesTestServer
    KubernetesServer server;

    KubeApi api;
    IstioApi istio;
    Flaskapp.ManualClock clock;

    @BeforeAll
    static void startPrometheus() throws Exception {
        Path binary = TestTools.prometheus();
        metrics = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        metrics.createContext("/metrics", exchange -> {
            ok.addAndGet(50);
            if (failing.get()) {
                errors.addAndGet(50);
            }
            byte[] body = exposition().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        metrics.start();
        workDir = Files.createTempDirectory("helmshift-prometheus");
        prometheusPort = freePort();
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, """
                global: {scrape_interval: 1s, evaluation_interval: 1s}
                scrape_configs:
                  - job_name: istio-mesh
                    static_configs: [{targets: ['127.0.0.1:%d']}]
                """.formatted(metrics.getAddress().getPort()));
        prometheus = new ProcessBuilder(binary.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("data"), "--web.listen-address=127.0.0.1:" + prometheusPort)
                .redirectErrorStream(true).redirectOutput(workDir.resolve("prometheus.log").toFile()).start();
        waitFor("Prometheus ready", () -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + prometheusPort + "/-/ready")).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    @AfterAll
    static void stopPrometheus() throws Exception {
        if (prometheus != null && prometheus.isAlive()) {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
        if (metrics != null) {
            metrics.stop(0);
        }
    }

    /** Istio's standard metrics for the flaskapp-v2 workload, as the sidecars export them. */
    static String exposition() {
        String labels = "reporter=\"destination\",destination_workload=\"flaskapp-v2\",destination_workload_namespace=\"default\","
                + "destination_service=\"flaskapp.default.svc.cluster.local\",destination_version=\"v2\"";
        long good = ok.get();
        long bad = errors.get();
        long all = good + bad;
        StringBuilder out = new StringBuilder();
        out.append("# TYPE istio_requests_total counter\n");
        out.append("istio_requests_total{").append(labels).append(",response_code=\"200\"} ").append(good).append('\n');
        out.append("istio_requests_total{").append(labels).append(",response_code=\"503\"} ").append(bad).append('\n');
        out.append("# TYPE istio_request_duration_milliseconds histogram\n");
        for (String le : List.of("10", "50", "100", "250", "500", "1000", "+Inf")) {
            long count = le.equals("10") ? 0 : le.equals("50") ? good / 2 : all;
            out.append("istio_request_duration_milliseconds_bucket{").append(labels).append(",le=\"").append(le).append("\"} ")
                    .append(count).append('\n');
        }
        out.append("istio_request_duration_milliseconds_sum{").append(labels).append("} ").append(all * 40).append('\n');
        out.append("istio_request_duration_milliseconds_count{").append(labels).append("} ").append(all).append('\n');
        return out.toString();
    }

    @BeforeEach
    void seed() {
        server.getKubernetesMockServer().reset();
        api = KubeApi.using(server.getClient());
        istio = new IstioApi(api);
        clock = new Flaskapp.ManualClock(T0);
        Flaskapp.seed(api, null);
    }

    ShiftPolicy policy() {
        String yaml = """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp, namespace: default}
                spec:
                  virtualService: flaskapp
                  host: flaskapp
                  from: v1
                  to: v2
                  steps: [25, 50, 100]
                  interval: 1m
                  gates:
                    readiness: {deployment: flaskapp-v2}
                    prometheus:
                      url: http://127.0.0.1:%d
                      window: 10s
                      minRequests: 20
                      successRate: {min: 99}
                      latencyP99Ms: {max: 500}
                      onNoData: hold
                      timeout: 3s
                  failureThreshold: 3
                """.formatted(prometheusPort);
        return new PolicyLoader().loadText("prometheus.yaml", yaml, null).get(0);
    }

    ShiftRunner runner() {
        return new ShiftRunner(istio, new ClusterGates(istio), clock);
    }

    /** Waits until the gate, evaluated directly against Prometheus, satisfies {@code condition}. */
    static List<CheckResult> awaitGate(ShiftPolicy p, Predicate<List<CheckResult>> condition) throws InterruptedException {
        PrometheusGate gate = new PrometheusGate(HttpClient.newHttpClient());
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<CheckResult> last = List.of();
        while (System.nanoTime() < deadline) {
            last = gate.check(p.gates().prometheus(), "default", "flaskapp-v2");
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the Prometheus gate never reached the expected state; last: " + last);
    }

    static boolean allSucceed(List<CheckResult> checks) {
        return checks.stream().allMatch(c -> c.outcome() == CheckResult.Outcome.success);
    }

    @Test
    @Order(1)
    void aRisingErrorRateRollsBackAfterExactlyFailureThresholdChecks() throws Exception {
        ShiftPolicy p = policy();
        failing.set(false);
        List<CheckResult> healthy = awaitGate(p, PrometheusGateTest::allSucceed);
        assertThat(healthy).extracting(CheckResult::name).containsExactly("prometheus.successRate", "prometheus.latencyP99Ms");
        assertThat(healthy.get(0).value()).isEqualTo(100.0);
        assertThat(healthy.get(1).value()).isBetween(50.0, 100.0);

        runner().step(p, false);
        clock.advance(Duration.ofMinutes(1));
        StepResult advanced = runner().step(p, false);
        assertThat(advanced.decision().action()).isEqualTo(Decision.Action.ADVANCE);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");

        failing.set(true);
        awaitGate(p, checks -> checks.stream().anyMatch(c -> c.name().equals("prometheus.successRate")
                && c.outcome() == CheckResult.Outcome.failure));
        clock.advance(Duration.ofMinutes(1));
        assertThat(runner().step(p, false).decision().action()).isEqualTo(Decision.Action.HOLD);
        assertThat(runner().step(p, false).decision().action()).isEqualTo(Decision.Action.HOLD);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");
        StepResult third = runner().step(p, false);
        assertThat(third.decision().action()).isEqualTo(Decision.Action.ROLLBACK);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=100 v2=0");
        RolloutState state = Flaskapp.state(api);
        assertThat(state.phase()).isEqualTo(Phase.RolledBack);
        assertThat(state.failedChecks()).isEqualTo(3);
        CheckResult rate = state.history().get(state.history().size() - 1).checks().stream()
                .filter(c -> c.name().equals("prometheus.successRate")).findFirst().orElseThrow();
        assertThat(rate.outcome()).isEqualTo(CheckResult.Outcome.failure);
        assertThat(rate.value()).isLessThan(99.0);
        assertThat(Flaskapp.events(api)).containsExactly("Advanced", "Advanced", "CheckFailed", "CheckFailed", "RolledBack");
    }

    @Test
    @Order(2)
    void prometheusStoppedMidRolloutIsInconclusiveAndHolds() throws Exception {
        ShiftPolicy p = policy();
        failing.set(false);
        awaitGate(p, PrometheusGateTest::allSucceed);
        runner().step(p, false);
        clock.advance(Duration.ofMinutes(1));
        runner().step(p, false);
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");

        prometheus.destroy();
        assertThat(prometheus.waitFor(15, TimeUnit.SECONDS)).isTrue();
        clock.advance(Duration.ofMinutes(1));
        for (int i = 1; i <= 4; i++) {
            StepResult held = runner().step(p, false);
            assertThat(held.decision().action()).isEqualTo(Decision.Action.HOLD);
            RolloutState state = Flaskapp.state(api);
            assertThat(state.inconclusiveChecks()).isEqualTo(i);
            assertThat(state.failedChecks()).as("inconclusive never counts as failed").isZero();
            assertThat(state.message()).contains("inconclusive").contains("unreachable");
        }
        assertThat(Flaskapp.weights(api)).isEqualTo("v1=50 v2=50");
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Progressing);
    }

    @Test
    @Order(0)
    void labelValuesAreEscapedInPromQl() {
        assertThat(PrometheusGate.selector("de\"fault", "a\\b"))
                .isEqualTo("{destination_workload_namespace=\"de\\\"fault\",destination_workload=\"a\\\\b\"");
        assertThat(PrometheusGate.latencyQuery(PrometheusGate.selector("default", "flaskapp-v2"), "1m")).isEqualTo(
                "histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{destination_workload_namespace=\"default\","
                        + "destination_workload=\"flaskapp-v2\"}[1m])) by (le))");
    }

    static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(what + ": not within " + WAIT.toSeconds() + "s (see " + workDir + "/prometheus.log)");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
