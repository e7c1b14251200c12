package dev.helmshift.cli.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.shift.demo.DemoCluster;
import dev.helmshift.testing.InProcessOnly;
import dev.helmshift.testing.TestKubeconfig;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The shift commands as a user runs them: exit codes, stdout, stderr, against the CRUD API server via a kubeconfig. */
@QuarkusMainTest
class ShiftCliTest {
    static DemoCluster cluster;

    /** fabric8's CRUD API server with the flaskapp objects; the CLI finds it through a kubeconfig (see TestKubeconfig). */
    @BeforeAll
    static void startApiServer() {
        cluster = DemoCluster.start();
        TestKubeconfig.pointAt(cluster.masterUrl());
    }

    @AfterAll
    static void stopApiServer() {
        cluster.close();
        TestKubeconfig.clear();
    }

    static final String VSS = "/apis/networking.istio.io/v1alpha3/namespaces/default/virtualservices";
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @TempDir
    Path dir;

    KubeApi api;
    /** Each test shifts its own copy of the quick start VirtualService; the API server lives as long as the class. */
    String name;
    HttpServer app;
    final AtomicInteger appStatus = new AtomicInteger(200);

    @BeforeEach
    void seed() throws Exception {
        api = KubeApi.connect();
        name = "flaskapp-" + SEQUENCE.incrementAndGet();
        ObjectNode vs = api.get(VSS + "/flaskapp").orElseThrow();
        ObjectNode copy = vs.deepCopy();
        ObjectNode meta = JSON.createObjectNode().put("name", name).put("namespace", "default");
        copy.set("metadata", meta);
        api.create(VSS, copy);
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/", exchange -> {
            byte[] body = "v2".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(appStatus.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        app.start();
    }

    @AfterEach
    void stop() {
        app.stop(0);
        api.close();
    }

    Path policy(String name, String virtualService, String interval, int threshold) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: %s, namespace: default}
                spec:
                  virtualService: %s
                  host: flaskapp
                  from: v1
                  to: v2
                  steps: [10, 50, 100]
                  interval: %s
                  gates:
                    readiness: {deployment: flaskapp-v2}
                    http: [{url: "http://127.0.0.1:%d/", expect: {status: 200}}]
                  failureThreshold: %d
                """.formatted(name, virtualService, interval, app.getAddress().getPort(), threshold));
        return file;
    }

    ObjectNode vs() {
        return api.get(VSS + "/" + name).orElseThrow();
    }

    /** The JSON document on stdout (the in-JVM launcher also captures log lines, which go to stderr in real runs). */
    static JsonNode json(String output) throws Exception {
        return JSON.readTree(output.substring(output.indexOf("\n[") + 1));
    }

    static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aBadPolicyExitsTwoWithFileLinePathAndReasonAndTouchesNothing(QuarkusMainLauncher launcher) {
        ObjectNode before = vs();
        LaunchResult result = launcher.launch("shift", "step", "--policy", "src/test/resources/shift/policies/bad/unknown-field.yaml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("helmshift: src/test/resources/shift/policies/bad/unknown-field.yaml:4 at $.spec: "
                + "property 'failureTreshold' is not defined in the schema and the schema does not allow additional properties "
                + "(see policies/shift-policy.schema.json)");
        assertThat(vs()).isEqualTo(before);
        assertThat(launcher.launch("shift", "step", "--policy", "src/test/resources/shift/policies/bad").exitCode()).isEqualTo(2);
        assertThat(launcher.launch("shift", "step", "--policy", "no/such/file.yaml").exitCode()).isEqualTo(2);
        assertThat(launcher.launch("shift", "step").exitCode()).as("--policy is required").isEqualTo(2);
        assertThat(vs()).isEqualTo(before);
    }

    /** In-process through Quarkus' command tree; in ShiftCliIT through the packaged jar's lean launch: the same texts. */
    @Test
    void usageAndBadOptionsReadTheSameWhicheverWayTheCommandStarts(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult help = launcher.launch("shift", "step", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.getOutput()).startsWith("""
                Usage: helmshift shift step [-hV] [--dry-run] [-n=NS] [-o=FORMAT]
                                            [--parallel=N] --policy=FILE|DIR
                                            [--policy=FILE|DIR]...
                One health-gated step for every policy (the CronJob entry).""")
                .contains("      --parallel=N        Rollouts worked on at the same time, each one request\n");

        LaunchResult unknown = launcher.launch("shift", "plan", "--bogus", "--policy", "x.yaml");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.getErrorOutput()).contains("helmshift: Unknown option: '--bogus'")
                .contains("Try 'helmshift shift plan --help' for usage.");

        Path p = policy("flaskapp", name, "1m", 3);
        LaunchResult parallel = launcher.launch("shift", "status", "--parallel", "0", "--policy", p.toString());
        assertThat(parallel.exitCode()).isEqualTo(2);
        assertThat(parallel.getErrorOutput()).contains("helmshift: --parallel must be between 1 and 64, got 0 "
                + "(e.g. --parallel 8; each rollout sends its requests one after the other)");
    }

    @Test
    void stepAdvancesAndStatusReportsTheJsonContract(QuarkusMainLauncher launcher) throws Exception {
        Path p = policy("flaskapp", name, "1m", 3);
        LaunchResult step = launcher.launch("shift", "step", "--policy", p.toString());
        assertThat(step.exitCode()).isEqualTo(0);
        assertThat(step.getOutput()).contains("flaskapp  default/" + name + "  ADVANCE  Progressing  10%     advanced to v2=10% (step 1/3, checks passed)");

        LaunchResult again = launcher.launch("shift", "step", "--policy", p.toString(), "-o", "json");
        assertThat(again.exitCode()).isEqualTo(0);
        assertThat(json(again.getOutput()).get(0).path("action").asText()).isEqualTo("NOOP");

        LaunchResult status = launcher.launch("shift", "status", "--policy", p.toString(), "-o", "json");
        assertThat(status.exitCode()).isEqualTo(0);
        JsonNode row = json(status.getOutput()).get(0);
        assertThat(fieldNames(row)).contains("policy", "namespace", "virtualService", "phase", "weight", "stepIndex",
                "failedChecks", "message", "lastTransitionTime");
        assertThat(row.path("policy").asText()).isEqualTo("flaskapp");
        assertThat(row.path("namespace").asText()).isEqualTo("default");
        assertThat(row.path("virtualService").asText()).isEqualTo(name);
        assertThat(row.path("phase").asText()).isEqualTo("Progressing");
        assertThat(row.path("weight").asInt()).isEqualTo(10);
        assertThat(row.path("stepIndex").asInt()).isEqualTo(0);
        assertThat(row.path("failedChecks").asInt()).isEqualTo(0);
        assertThat(row.path("lastTransitionTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        String annotation = vs().path("metadata").path("annotations").path("helmshift.dev/state").asText();
        assertThat(JSON.readTree(annotation).path("phase").asText()).isEqualTo("Progressing");
    }

    @Test
    @InProcessOnly
    void stepExitsOneWhenThisPassRollsBackAndStatusKeepsSayingSo(QuarkusMainLauncher launcher) throws Exception {
        Path p = policy("flaskapp", name, "1s", 1);
        assertThat(launcher.launch("shift", "step", "--policy", p.toString()).exitCode()).isEqualTo(0);
        appStatus.set(500);
        Thread.sleep(1100);
        LaunchResult rollback = launcher.launch("shift", "step", "--policy", p.toString());
        assertThat(rollback.exitCode()).isEqualTo(1);
        assertThat(rollback.getOutput()).containsPattern("ROLLBACK\\s+RolledBack");
        assertThat(launcher.launch("shift", "step", "--policy", p.toString()).exitCode()).as("nothing more happens").isEqualTo(0);
        LaunchResult status = launcher.launch("shift", "status", "--policy", p.toString());
        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.getOutput()).contains("RolledBack");
    }

    @Test
    void dryRunAndPlanChangeNothing(QuarkusMainLauncher launcher) throws Exception {
        Path p = policy("flaskapp", name, "1m", 3);
        ObjectNode before = vs();
        LaunchResult plan = launcher.launch("shift", "plan", "--policy", p.toString());
        assertThat(plan.exitCode()).isEqualTo(0);
        assertThat(plan.getOutput()).contains("(dry-run) ADVANCE");
        assertThat(launcher.launch("shift", "step", "--dry-run", "--policy", p.toString()).exitCode()).isEqualTo(0);
        assertThat(launcher.launch("shift", "abort", "--dry-run", "--policy", p.toString()).exitCode()).isEqualTo(0);
        assertThat(vs()).isEqualTo(before);
    }

    @Test
    void pauseResumeAndAbortMakeStatusExitOne(QuarkusMainLauncher launcher) throws Exception {
        Path p = policy("flaskapp", name, "1m", 3);
        assertThat(launcher.launch("shift", "step", "--policy", p.toString()).exitCode()).isEqualTo(0);
        assertThat(launcher.launch("shift", "pause", "--policy", p.toString()).getOutput()).containsPattern("PAUSE\\s+Paused");
        assertThat(launcher.launch("shift", "resume", "--policy", p.toString()).getOutput()).containsPattern("UPDATE\\s+Progressing");
        assertThat(launcher.launch("shift", "abort", "--policy", p.toString()).exitCode()).isEqualTo(0);
        assertThat(launcher.launch("shift", "status", "--policy", p.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    @InProcessOnly
    void promoteRetryAndFullPromotionEndPromotedWithStatusExitZero(QuarkusMainLauncher launcher) throws Exception {
        Path p = policy("flaskapp", name, "1m", 3);
        assertThat(launcher.launch("shift", "step", "--policy", p.toString()).exitCode()).isEqualTo(0);
        assertThat(launcher.launch("shift", "promote", "--policy", p.toString()).getOutput()).containsPattern("ADVANCE\\s+Progressing\\s+50%");
        assertThat(launcher.launch("shift", "abort", "--policy", p.toString()).exitCode()).isEqualTo(0);
        assertThat(launcher.launch("shift", "retry", "--policy", p.toString()).getOutput()).containsPattern("UPDATE\\s+Pending");
        assertThat(launcher.launch("shift", "promote", "--full", "--policy", p.toString()).getOutput()).containsPattern("PROMOTE\\s+Promoted\\s+100%");
        assertThat(launcher.launch("shift", "status", "--policy", p.toString()).exitCode()).isEqualTo(0);
    }

    @Test
    @InProcessOnly
    void aMissingVirtualServiceIsAnApiErrorThatDoesNotStopTheOtherPolicies(QuarkusMainLauncher launcher) throws Exception {
        policy("flaskapp", name, "1m", 3);
        policy("ghost", "ghost", "1m", 3);
        LaunchResult result = launcher.launch("shift", "step", "--policy", dir.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.getErrorOutput()).contains("helmshift: default/ghost (policy ghost): VirtualService default/ghost not found");
        assertThat(result.getOutput()).contains("flaskapp  default/" + name + "  ADVANCE");
    }
}
