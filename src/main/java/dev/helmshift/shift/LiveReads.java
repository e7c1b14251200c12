package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.DeploymentStatus;
import dev.helmshift.k8s.Deployments;
import dev.helmshift.k8s.IstioApi;

import java.util.List;
import java.util.Optional;

/** Every read a GET of the object itself. */
final class LiveReads implements ClusterReads {
    private final IstioApi istio;
    private final Deployments deployments;

    LiveReads(IstioApi istio) {
        this.istio = istio;
        this.deployments = new Deployments(istio.api());
    }

    @Override
    public Optional<ObjectNode> virtualService(ShiftPolicy policy) {
        return istio.readVirtualService(policy.namespace(), policy.virtualService(), policy.istioVersion());
    }

    @Override
    public Optional<ObjectNode> destinationRule(ShiftPolicy policy, List<String> names) {
        return istio.destinationRuleFor(policy.namespace(), policy.host(), names, policy.istioVersion());
    }

    @Override
    public DeploymentStatus deployment(String namespace, String name) {
        return deployments.status(namespace, name);
    }
}
