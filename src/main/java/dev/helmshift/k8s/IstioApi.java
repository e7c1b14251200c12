package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * VirtualServices and DestinationRules of networking.istio.io in whichever version the cluster serves. A pinned
 * version is used as is; otherwise the API group's discovery document decides (v1, then v1beta1, then v1alpha3), and
 * when discovery is unavailable (some test servers) the first version under which the object exists wins.
 */
public final class IstioApi {
    public static final String GROUP = "networking.istio.io";
    /** Preference order when nothing is pinned. */
    public static final List<String> VERSIONS = List.of("v1", "v1beta1", "v1alpha3");

    private final KubeApi api;
    private volatile List<String> served;

    public IstioApi(KubeApi api) {
        this.api = api;
    }

    public KubeApi api() {
        return api;
    }

    /** The VirtualService, read under the pinned version or the first served one; empty when it does not exist. */
    public Optional<ObjectNode> readVirtualService(String namespace, String name, String pinnedVersion) {
        for (String version : candidates(pinnedVersion)) {
            Optional<ObjectNode> found = api.get(path(version, namespace, "virtualservices", name));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Writes back a VirtualService read by {@link #readVirtualService}, with its resourceVersion as precondition. */
    public ObjectNode replaceVirtualService(ObjectNode virtualService) {
        JsonNode metadata = virtualService.path("metadata");
        String version = versionOf(virtualService);
        String path = path(version, metadata.path("namespace").asText(), "virtualservices", metadata.path("name").asText());
        if (metadata.path("resourceVersion").asText("").isEmpty()) {
            throw new IllegalArgumentException("refusing to write " + path + " without a resourceVersion precondition");
        }
        return api.replace(path, virtualService);
    }

    /** Every DestinationRule of the namespace whose host is {@code host}. */
    public List<ObjectNode> destinationRulesFor(String namespace, String host, String pinnedVersion) {
        for (String version : candidates(pinnedVersion)) {
            Optional<ObjectNode> list = api.get("/apis/" + GROUP + "/" + version + "/namespaces/" + namespace + "/destinationrules");
            if (list.isEmpty()) {
                continue;
            }
            List<ObjectNode> matching = new java.util.ArrayList<>();
            for (JsonNode item : list.get().path("items")) {
                if (item instanceof ObjectNode rule && HostNames.same(rule.path("spec").path("host").asText(null), host, namespace)) {
                    matching.add(rule);
                }
            }
            if (!matching.isEmpty() || pinnedVersion != null) {
                return matching;
            }
        }
        return List.of();
    }

    /** The subset names a DestinationRule declares. */
    public static Set<String> subsets(ObjectNode destinationRule) {
        Set<String> names = new TreeSet<>();
        for (JsonNode subset : destinationRule.path("spec").path("subsets")) {
            names.add(subset.path("name").asText());
        }
        return names;
    }

    /** "v1alpha3" from {@code apiVersion: networking.istio.io/v1alpha3}. */
    public static String versionOf(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText("");
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    }

    private List<String> candidates(String pinnedVersion) {
        if (pinnedVersion != null && !pinnedVersion.isBlank()) {
            return List.of(pinnedVersion);
        }
        return servedVersions();
    }

    /** The versions the server announces, in our preference order; all three when discovery says nothing. */
    List<String> servedVersions() {
        List<String> known = served;
        if (known == null) {
            known = VERSIONS;
            try {
                Optional<ObjectNode> group = api.get("/apis/" + GROUP);
                if (group.isPresent()) {
                    Set<String> announced = new TreeSet<>();
                    for (JsonNode v : group.get().path("versions")) {
                        announced.add(v.path("version").asText());
                    }
                    List<String> ordered = VERSIONS.stream().filter(announced::contains).toList();
                    if (!ordered.isEmpty()) {
                        known = ordered;
                    }
                }
            } catch (KubeException e) {
                // Discovery refused or unsupported (test servers): fall back to probing each version in order.
                known = VERSIONS;
            }
            served = known;
        }
        return known;
    }

    static String path(String version, String namespace, String plural, String name) {
        return "/apis/" + GROUP + "/" + version + "/namespaces/" + namespace + "/" + plural + "/" + name;
    }
}
