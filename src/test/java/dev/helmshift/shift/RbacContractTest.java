package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.testing.HelmRunner;
import dev.helmshift.testing.TestTools;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract between the deployment Role (deploy/chart, issue 6) and the controller: the chart grants exactly the
 * verbs below, and the controller, driven through every kind of write, sends no request those verbs do not allow.
 */
@QuarkusTest
@WithKubernetesTestServer(crud = true)
class RbacContractTest {
    /** apiGroup/resource → verbs, as the Role must grant them and nothing more. */
    static final Map<String, Set<String>> ROLE = new TreeMap<>(Map.of(
            "networking.istio.io/virtualservices", Set.of("get", "list", "patch"),
            "networking.istio.io/destinationrules", Set.of("get", "list"),
            "apps/deployments", Set.of("get", "list"),
            "/events", Set.of("create")));

    /** A namespaced resource request: /api/v1/namespaces/NS/RES[/NAME] or /apis/GROUP/VERSION/namespaces/NS/RES[/NAME]. */
    private static final Pattern RESOURCE = Pattern.compile(
            "^/(?:api/v1|apis/([^/]+)/[^/]+)/namespaces/[^/]+/([^/?]+)(/[^/?]+)?(?:/([^/?]+))?(\\?.*)?$");

    @KubernetesTestServer
    KubernetesServer server;

    KubeApi api;
    IstioApi istio;
    Flaskapp.ManualClock clock;

    @BeforeEach
    void seed() throws Exception {
        server.getKubernetesMockServer().reset();
        Flaskapp.answerLikeAnApiServer(server.getKubernetesMockServer());
        api = KubeApi.using(server.getClient());
        istio = new IstioApi(api);
        clock = new Flaskapp.ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
        Flaskapp.seed(api, null);
        ObjectNode second = Flaskapp.vs(api).deepCopy();
        second.set("metadata", second.objectNode().put("name", "flaskapp-b").put("namespace", "default"));
        api.create(Flaskapp.VS.substring(0, Flaskapp.VS.lastIndexOf('/')), second);
        drain(server.getKubernetesMockServer());
    }

    @Test
    void theChartsRoleGrantsExactlyGetListPatchOnVirtualServicesGetListOnDestinationRulesAndDeploymentsCreateOnEvents() {
        HelmRunner.Result rendered = HelmRunner.template("shift", TestTools.projectDir().resolve("deploy/chart"), List.of("-n", "rollouts"));
        assertThat(rendered.exitCode()).as(rendered.output()).isZero();
        List<Map<String, Object>> roles = new ArrayList<>();
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(rendered.output())) {
            if (doc instanceof Map<?, ?> m && ("Role".equals(m.get("kind")) || "ClusterRole".equals(m.get("kind")))) {
                @SuppressWarnings("unchecked") Map<String, Object> role = (Map<String, Object>) m;
                roles.add(role);
            }
        }
        assertThat(roles).as("one namespaced Role, no ClusterRole").hasSize(1);
        assertThat(roles.get(0).get("kind")).isEqualTo("Role");
        assertThat(((Map<?, ?>) roles.get(0).get("metadata")).get("namespace")).isEqualTo("rollouts");

        Map<String, Set<String>> granted = new TreeMap<>();
        for (Object r : (List<?>) roles.get(0).get("rules")) {
            Map<?, ?> rule = (Map<?, ?>) r;
            assertThat(rule.keySet().stream().map(String::valueOf).toList()).as("no resourceNames or nonResourceURLs tricks").containsOnly("apiGroups", "resources", "verbs");
            for (Object group : (List<?>) rule.get("apiGroups")) {
                for (Object resource : (List<?>) rule.get("resources")) {
                    granted.computeIfAbsent(group + "/" + resource, k -> new TreeSet<>())
                            .addAll(((List<?>) rule.get("verbs")).stream().map(String::valueOf).toList());
                }
            }
        }
        assertThat(granted).isEqualTo(ROLE);
    }

    @Test
    void theControllerOnlySendsRequestsTheRoleAllowsThroughStepsConflictsRollbackEveryManualCommandAndAPass() throws Exception {
        ShiftPolicy p = new PolicyLoader().loadText("rbac.yaml", """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp, namespace: default}
                spec:
                  virtualService: flaskapp
                  host: flaskapp
                  from: v1
                  to: v2
                  steps: [25, 50, 75, 100]
                  interval: 1m
                  headerRoute:
                    headers: {x-canary: {exact: "true"}}
                  gates: {readiness: {deployment: flaskapp-v2}}
                """, null).get(0);
        KubernetesMockServer mock = server.getKubernetesMockServer();
        KubeApi otherApi = KubeApi.using(mock.createClient());
        IstioApi otherIstio = new IstioApi(otherApi);
        List<ShiftRunner> runners = List.of(new ShiftRunner(istio, new ClusterGates(istio), clock),
                new ShiftRunner(otherIstio, new ClusterGates(otherIstio), clock));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int conflicts = 0;
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier barrier = new CyclicBarrier(2);
                List<Future<StepResult>> futures = new ArrayList<>();
                for (ShiftRunner r : runners) {
                    futures.add(pool.submit(() -> {
                        barrier.await(10, TimeUnit.SECONDS);
                        return r.step(p, false);
                    }));
                }
                for (Future<StepResult> f : futures) {
                    conflicts += f.get(60, TimeUnit.SECONDS).conflicts();
                }
                clock.advance(Duration.ofMinutes(1));
            }
        } finally {
            pool.shutdownNow();
            otherApi.close();
        }
        ShiftRunner runner = runners.get(0);
        for (ManualCommand command : List.of(ManualCommand.PAUSE, ManualCommand.RESUME, ManualCommand.PROMOTE, ManualCommand.ABORT,
                ManualCommand.RETRY, ManualCommand.PROMOTE_FULL)) {
            runner.apply(p, command, false);
        }
        runner.status(p);
        ShiftPolicy second = new PolicyLoader().loadText("rbac-b.yaml", """
                apiVersion: helmshift.dev/v1
                kind: ShiftPolicy
                metadata: {name: flaskapp-b, namespace: default}
                spec: {virtualService: flaskapp-b, host: flaskapp, from: v1, to: v2, steps: [50, 100],
                       gates: {readiness: {deployment: flaskapp-v2}}}
                """, null).get(0);
        List<ShiftPass.Outcome<StepResult>> pass = ShiftPass.run(istio, clock, List.of(p, second), 2, (r, policy) -> r.step(policy, false));
        assertThat(pass).extracting(o -> o.value().decision().action()).containsExactly(Decision.Action.NOOP, Decision.Action.ADVANCE);

        Map<String, Set<String>> used = new TreeMap<>();
        List<String> outside = new ArrayList<>();
        for (RecordedRequest request : drain(mock)) {
            String path = request.getPath();
            if (path.equals("/apis/" + IstioApi.GROUP) || path.equals("/apis") || path.equals("/api")) {
                continue; // discovery: non-resource URLs every authenticated user may GET (system:discovery)
            }
            Matcher m = RESOURCE.matcher(path);
            if (!m.matches() || m.group(4) != null) {
                outside.add(request.getMethod() + " " + path);
                continue;
            }
            String key = (m.group(1) == null ? "" : m.group(1)) + "/" + m.group(2);
            String verb = verb(request.getMethod(), m.group(3) != null, m.group(5));
            used.computeIfAbsent(key, k -> new TreeSet<>()).add(verb);
            if (!ROLE.getOrDefault(key, Set.of()).contains(verb)) {
                outside.add(verb + " " + key + " (" + request.getMethod() + " " + path + ")");
            }
        }
        assertThat(outside).as("requests the Role does not allow").isEmpty();
        assertThat(used).as("every write went through, as patches; the pass listed what it read")
                .containsEntry("networking.istio.io/virtualservices", Set.of("get", "list", "patch"))
                .containsEntry("/events", Set.of("create"))
                .containsEntry("networking.istio.io/destinationrules", Set.of("get", "list"))
                .containsEntry("apps/deployments", Set.of("get", "list"));
        assertThat(conflicts).as("the concurrent steppers collided at least once").isPositive();
        assertThat(Flaskapp.state(api).phase()).isEqualTo(Phase.Promoted);
    }

    /** The RBAC verb of a request, as the API server's request-info resolver names it. */
    static String verb(String method, boolean named, String query) {
        return switch (method) {
            case "GET" -> !named ? (query != null && query.contains("watch=true") ? "watch" : "list") : "get";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> method.toLowerCase();
        };
    }

    private static List<RecordedRequest> drain(KubernetesMockServer mock) throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r = mock.takeRequest(200, TimeUnit.MILLISECONDS); r != null; r = mock.takeRequest(200, TimeUnit.MILLISECONDS)) {
            requests.add(r);
        }
        return requests;
    }
}
