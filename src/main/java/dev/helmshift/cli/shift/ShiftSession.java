package dev.helmshift.cli.shift;

import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeApi;
import dev.helmshift.shift.ClusterGates;
import dev.helmshift.shift.PolicyLoader;
import dev.helmshift.shift.ShiftPolicy;
import dev.helmshift.shift.ShiftPass;
import dev.helmshift.shift.ShiftRunner;

import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One command's view of the cluster: policies are loaded and validated first (a bad policy never opens a connection),
 * then the Kubernetes client is built, lazily and only by shift commands.
 */
final class ShiftSession implements AutoCloseable {
    private final List<ShiftPolicy> policies;
    private final KubeApi api;
    private final IstioApi istio;
    private final Clock clock = Clock.systemUTC();
    private ShiftRunner runner;

    private ShiftSession(List<ShiftPolicy> policies, KubeApi api) {
        this.api = api;
        String fallback = api.defaultNamespace();
        this.policies = policies.stream().map(p -> p.hasNamespace() ? p : p.inNamespace(fallback)).toList();
        this.istio = new IstioApi(api);
    }

    static ShiftSession open(PolicyOptions options) {
        List<ShiftPolicy> policies = new PolicyLoader().load(options.policies, options.namespace);
        return new ShiftSession(policies, KubeApi.connect());
    }

    List<ShiftPolicy> policies() {
        return policies;
    }

    /** The runner that reads every object live, for the steps of {@code shift run}. */
    synchronized ShiftRunner runner() {
        if (runner == null) {
            runner = new ShiftRunner(istio, new ClusterGates(istio), clock);
        }
        return runner;
    }

    /** {@code action} on every policy, {@code parallelism} at a time, with the pass's shared reads (see ShiftPass). */
    <T> List<ShiftPass.Outcome<T>> pass(int parallelism, BiFunction<ShiftRunner, ShiftPolicy, T> action) {
        return ShiftPass.run(istio, clock, policies, parallelism, action);
    }

    @Override
    public void close() {
        api.close();
    }
}
