package dev.helmshift.shift;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One validated ShiftPolicy: which VirtualService route moves from which subset to which, in which steps, under which
 * gates. Built by {@link PolicyLoader}; {@code steps} is already resolved (explicit list, or stepWeight up to maxWeight).
 */
public record ShiftPolicy(
        String name,
        String namespace,
        String source,
        String virtualService,
        String host,
        String from,
        String to,
        String istioVersion,
        List<Integer> steps,
        Duration interval,
        JsonNode headerRouteHeaders,
        Gates gates,
        int failureThreshold) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    public static final int DEFAULT_FAILURE_THRESHOLD = 3;

    public ShiftPolicy {
        Objects.requireNonNull(name);
        Objects.requireNonNull(virtualService);
        Objects.requireNonNull(host);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one step");
        }
        Objects.requireNonNull(interval);
        Objects.requireNonNull(gates);
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
    }

    /** True when a dark-launch header route comes before any weight moves. */
    public boolean hasHeaderRoute() {
        return headerRouteHeaders != null && !headerRouteHeaders.isEmpty();
    }

    /** True when the policy file names its namespace; otherwise the CLI fills it in (-n, kubeconfig). */
    public boolean hasNamespace() {
        return namespace != null;
    }

    /** namespace/virtualService, the key used in logs and messages. */
    public String target() {
        return namespace + "/" + virtualService;
    }

    /** The same policy in another namespace (the -n flag for policies that name none). */
    public ShiftPolicy inNamespace(String ns) {
        return new ShiftPolicy(name, ns, source, virtualService, host, from, to, istioVersion, steps, interval,
                headerRouteHeaders, gates, failureThreshold);
    }

    /** The gates; absent ones are null (http is an empty list). */
    public record Gates(Readiness readiness, Prometheus prometheus, List<HttpProbe> http) {
        public Gates {
            http = http == null ? List.of() : List.copyOf(http);
        }

        public static Gates none() {
            return new Gates(null, null, List.of());
        }
    }

    /**
     * The target Deployment whose replicas must all be available, and the name of the DestinationRule that must
     * declare both subsets (null: the service's short name, then the VirtualService's name).
     */
    public record Readiness(String deployment, String destinationRule) {
    }

    public enum OnNoData { HOLD, FAIL, PASS }

    /** Istio telemetry thresholds over {@code window}; {@code successRateMin}/{@code latencyP99MsMax} may be null. */
    public record Prometheus(URI url, String window, int minRequests, String workload, Double successRateMin,
                             Double latencyP99MsMax, OnNoData onNoData, Duration timeout) {
    }

    /** An HTTP probe with headers and expectations; {@code expectStatus} null means any 2xx. */
    public record HttpProbe(String name, URI url, String method, Map<String, String> headers, Duration timeout,
                            Integer expectStatus, String bodyContains) {
        public HttpProbe {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }
}
