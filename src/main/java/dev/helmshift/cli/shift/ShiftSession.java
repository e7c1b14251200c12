package dev.helmshift.cli.shift;

import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.shift.ClusterGates;
import dev.helmshift.shift.PolicyLoader;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.ShiftRunner;

import java.time.Clock;
import java.util.List;

/**
 * One command's view of the cluster: policies are loaded and validated first (a bad policy never opens a connection),
 * then the Kubernetes client is built, lazily and only by shift commands.
 */
final class ShiftSession implements AutoCloseable {
    private final List<ShiftPolicy> policies;
    private final KubeApi api;
    private final ShiftRunner runner;

    private ShiftSession(List<ShiftPolicy> policies, KubeApi api) {
        this.api = api;
        String fallback = api.defaultNamespace();
        this.policies = policies.stream().map(p -> p.hasNamespace() ? p : p.inNamespace(fallback)).toList();
        IstioApi istio = new IstioApi(api);
        this.runner = new ShiftRunner(istio, new ClusterGates(istio), Clock.systemUTC());
    }

    static ShiftSession open(PolicyOptions options) {
        List<ShiftPolicy> policies = new PolicyLoader().load(options.policies, options.namespace);
        return new ShiftSession(policies, KubeApi.connect());
    }

    List<ShiftPolicy> policies() {
        return policies;
    }

    ShiftRunner runner() {
        return runner;
    }

    @Override
    public void close() {
        api.close();
    }
}
