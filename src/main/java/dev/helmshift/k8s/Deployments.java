package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads apps/v1 Deployments. */
public final class Deployments {
    private final KubeApi api;

    public Deployments(KubeApi api) {
        this.api = api;
    }

    public DeploymentStatus status(String namespace, String name) {
        return api.get(collection(namespace) + "/" + name)
                .map(d -> DeploymentStatus.of(name, d))
                .orElseGet(() -> DeploymentStatus.missing(name));
    }

    /** The status of every Deployment of {@code namespace}, from one list, as a lookup by name. */
    public Function<String, DeploymentStatus> listed(String namespace) {
        Map<String, ObjectNode> byName = new HashMap<>();
        for (ObjectNode d : api.list(collection(namespace)).orElse(List.of())) {
            byName.put(d.path("metadata").path("name").asText(), d);
        }
        return name -> {
            ObjectNode d = byName.get(name);
            return d == null ? DeploymentStatus.missing(name) : DeploymentStatus.of(name, d);
        };
    }

    private static String collection(String namespace) {
        return "/apis/apps/v1/namespaces/" + namespace + "/deployments";
    }
}
