package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

    /**
     * Writes {@code edited} (a copy of {@code read} with new routes and annotations) as ONE JSON Patch whose first
     * operation tests the resourceVersion read. A concurrent change surfaces as {@link ConflictException}, whatever
     * the server makes of the failed test op: 409, 422 Invalid (a real kube-apiserver), or no answer at all (stock
     * fabric8 CRUD server 7.5.2). After a refusal other than 409, or no answer, the object is read again: a
     * resourceVersion that moved means someone else wrote first (a conflict), an unchanged one means the patch itself
     * was refused and the error stands. Only when no answer came and the object already shows exactly our edit do we
     * take it that the write landed and its response was lost.
     */
    public ObjectNode patchVirtualService(ObjectNode read, ObjectNode edited) {
        JsonNode metadata = read.path("metadata");
        String path = path(versionOf(read), metadata.path("namespace").asText(), "virtualservices", metadata.path("name").asText());
        ArrayNode patch = WritePatch.between(read, edited);
        try {
            return api.jsonPatch(path, patch);
        } catch (ConflictException e) {
            throw e;
        } catch (KubeException e) {
            if (e.status() != 0 && e.status() < 400) {
                throw e;
            }
            Optional<ObjectNode> now = api.get(path);
            if (e.status() == 0 && now.isPresent() && carries(now.get(), edited)) {
                return now.get();
            }
            String readVersion = metadata.path("resourceVersion").asText();
            if (now.isPresent() && !readVersion.equals(now.get().path("metadata").path("resourceVersion").asText())) {
                throw new ConflictException(path, e.status());
            }
            throw e;
        }
    }

    /** Whether the live object shows exactly the routes and annotations we meant to write (a response lost on the way). */
    private static boolean carries(ObjectNode live, ObjectNode edited) {
        return live.path("spec").path("http").equals(edited.path("spec").path("http"))
                && live.path("metadata").path("annotations").equals(edited.path("metadata").path("annotations"));
    }

    /**
     * The DestinationRule for {@code host}, read by name (the Role grants {@code get} only, no {@code list}): each
     * candidate name in turn, under the pinned or served versions; a rule whose host is another service is skipped.
     */
    public Optional<ObjectNode> destinationRuleFor(String namespace, String host, List<String> names, String pinnedVersion) {
        for (String version : candidates(pinnedVersion)) {
            for (String name : names) {
                Optional<ObjectNode> rule = api.get(path(version, namespace, "destinationrules", name));
                if (rule.isPresent() && HostNames.same(rule.get().path("spec").path("host").asText(null), host, namespace)) {
                    return rule;
                }
            }
        }
        return Optional.empty();
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
