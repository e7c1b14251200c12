package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.DeploymentStatus;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.LazyTls;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The real gates: readiness from the cluster, Istio telemetry from Prometheus, HTTP probes. */
public final class ClusterGates implements GateObserver {
    private final ClusterReads reads;
    private PrometheusGate prometheus;
    private HttpGate probes;

    public ClusterGates(IstioApi istio) {
        this(new LiveReads(istio));
    }

    /** Gates that read the DestinationRule and the Deployment through {@code reads} (a pass's lists). */
    ClusterGates(ClusterReads reads) {
        this.reads = reads;
    }

    /**
     * The HTTP side of the gates, built on the first Prometheus query or probe: a step that needs readiness only
     * (before the target takes traffic) never builds a client. TLS is set up on the first https URL (LazyTls).
     */
    private synchronized void connect() {
        if (prometheus == null) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .sslContext(LazyTls.context()).sslParameters(LazyTls.parameters()).build();
            prometheus = new PrometheusGate(http);
            probes = new HttpGate(http);
        }
    }

    /** The Deployment of the target subset: the one the policy names, else {@code <service>-<to>} as in the quick start. */
    public static String targetDeployment(ShiftPolicy policy) {
        if (policy.gates().readiness() != null && policy.gates().readiness().deployment() != null) {
            return policy.gates().readiness().deployment();
        }
        String host = policy.host();
        int dot = host.indexOf('.');
        return (dot < 0 ? host : host.substring(0, dot)) + "-" + policy.to();
    }

    /** Where the DestinationRule is looked up by name: the policy's, else the service's short name, then the VS name. */
    static List<String> destinationRuleNames(ShiftPolicy policy) {
        ShiftPolicy.Readiness readiness = policy.gates().readiness();
        if (readiness != null && readiness.destinationRule() != null) {
            return List.of(readiness.destinationRule());
        }
        String host = policy.host();
        int dot = host.indexOf('.');
        String shortName = dot < 0 ? host : host.substring(0, dot);
        return shortName.equals(policy.virtualService()) ? List.of(shortName) : List.of(shortName, policy.virtualService());
    }

    @Override
    public Observations observe(ShiftPolicy policy, GateNeeds needs, LiveRoute live) {
        if (needs == GateNeeds.NONE) {
            return Observations.routeOnly(live);
        }
        CheckResult readiness = readiness(policy);
        List<CheckResult> checks = new ArrayList<>();
        if (needs == GateNeeds.ALL && (policy.gates().prometheus() != null || !policy.gates().http().isEmpty())) {
            connect();
            if (policy.gates().prometheus() != null) {
                ShiftPolicy.Prometheus gate = policy.gates().prometheus();
                String workload = gate.workload() != null ? gate.workload() : targetDeployment(policy);
                checks.addAll(prometheus.check(gate, policy.namespace(), workload));
            }
            for (ShiftPolicy.HttpProbe probe : policy.gates().http()) {
                checks.add(probes.check(probe));
            }
        }
        return new Observations(live, readiness, checks);
    }

    private CheckResult readiness(ShiftPolicy policy) {
        List<String> names = destinationRuleNames(policy);
        Optional<ObjectNode> rule = reads.destinationRule(policy, names);
        if (rule.isEmpty()) {
            return CheckResult.failure("readiness", null, "no DestinationRule named " + String.join(" or ", names)
                    + " for host " + policy.host() + " in " + policy.namespace() + " (set gates.readiness.destinationRule)");
        }
        Set<String> subsets = IstioApi.subsets(rule.get());
        List<String> missing = Stream.of(policy.from(), policy.to()).filter(s -> !subsets.contains(s)).toList();
        if (!missing.isEmpty()) {
            // Envoy answers 503 for a route to a subset its rule does not define: no weight moves before both exist.
            return CheckResult.failure("readiness", null, "the DestinationRule " + rule.get().path("metadata").path("name").asText()
                    + " in " + policy.namespace() + " defines no subset " + String.join(" and no subset ", missing)
                    + " (it has " + (subsets.isEmpty() ? "none" : String.join(", ", subsets)) + "); add "
                    + (missing.size() == 1 ? "it" : "them") + " to spec.subsets with the version's pod labels");
        }
        DeploymentStatus status = reads.deployment(policy.namespace(), targetDeployment(policy));
        return status.ready()
                ? CheckResult.success("readiness", (double) status.available(), status.describe())
                : CheckResult.failure("readiness", (double) status.available(), status.describe());
    }
}
