package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;

/** How many replicas a Deployment wants and how many are available. */
public record DeploymentStatus(String name, boolean exists, int desired, int available, int updated) {

    /** Ready when it exists, wants at least one replica and every desired replica is available and up to date. */
    public boolean ready() {
        return exists && desired > 0 && available >= desired && updated >= desired;
    }

    public String describe() {
        if (!exists) {
            return "deployment " + name + " not found";
        }
        return "deployment " + name + ": " + available + "/" + desired + " available";
    }

    static DeploymentStatus missing(String name) {
        return new DeploymentStatus(name, false, 0, 0, 0);
    }

    static DeploymentStatus of(String name, JsonNode deployment) {
        int desired = deployment.path("spec").path("replicas").asInt(1);
        JsonNode status = deployment.path("status");
        int available = status.path("availableReplicas").asInt(0);
        int updated = status.has("updatedReplicas") ? status.path("updatedReplicas").asInt(0) : available;
        return new DeploymentStatus(name, true, desired, available, updated);
    }
}
