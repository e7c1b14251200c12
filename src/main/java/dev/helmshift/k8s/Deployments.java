package dev.helmshift.k8s;

/** Reads apps/v1 Deployments. */
public final class Deployments {
    private final KubeApi api;

    public Deployments(KubeApi api) {
        this.api = api;
    }

    public DeploymentStatus status(String namespace, String name) {
        return api.get("/apis/apps/v1/namespaces/" + namespace + "/deployments/" + name)
                .map(d -> DeploymentStatus.of(name, d))
                .orElseGet(() -> DeploymentStatus.missing(name));
    }
}
