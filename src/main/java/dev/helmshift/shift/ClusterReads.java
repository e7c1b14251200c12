package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.DeploymentStatus;

import java.util.List;
import java.util.Optional;

/**
 * How a step first reads the cluster: one GET per object ({@link LiveReads}), or from the lists a pass over many
 * policies takes once per namespace ({@link PassReads}). Re-reads after a conflict always GET the live object.
 */
public interface ClusterReads {

    /** The policy's VirtualService, under the pinned or first served version; empty when it does not exist. */
    Optional<ObjectNode> virtualService(ShiftPolicy policy);

    /** The first of {@code names} that is a DestinationRule for the policy's host (see IstioApi#destinationRuleFor). */
    Optional<ObjectNode> destinationRule(ShiftPolicy policy, List<String> names);

    DeploymentStatus deployment(String namespace, String name);
}
