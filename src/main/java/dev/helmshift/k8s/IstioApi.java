package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Finds an object of one kind and namespace by API version and name. */
    @FunctionalInterface
    public interface Lookup {
        Optional<ObjectNode> find(String version, String name);
    }

    public IstioApi(KubeApi api) {
        this.api = api;
    }

    public KubeApi api() {
        return api;
    }

    /** The VirtualService, read under the pinned version or the first served one; empty when it does not exist. */
    public Optional<ObjectNode> readVirtualService(String namespace, String name, String pinnedVersion) {
        return findVirtualService(name, pinnedVersion, direct(namespace, "virtualservices"));
    }

    /** As {@link #readVirtualService(String, String, String)}, finding each candidate version through {@code lookup}. */
    public Optional<ObjectNode> findVirtualService(String name, String pinnedVersion, Lookup lookup) {
        for (String version : candidates(pinnedVersion)) {
            Optional<ObjectNode> found = lookup.find(version, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Finds {@code plural} (virtualservices, destinationrules) of {@code namespace} one by one, by GET. */
    public Lookup direct(String namespace, String plural) {
        return (version, name) -> api.get(path(version, namespace, plural, name));
    }

    /**
     * Finds {@code plural} (virtualservices, destinationrules) of {@code namespace} in lists: the first question about
     * a version lists that version's collection, once, and later questions are answered from it. An existing object
     * is found in the first served version's list, so a real API server is asked once per namespace and kind; a
     * version the server does not serve (404) holds nothing.
     */
    public Lookup listed(String namespace, String plural) {
        Map<String, Map<String, ObjectNode>> byVersion = new ConcurrentHashMap<>();
        return (version, name) -> Optional.ofNullable(byVersion.computeIfAbsent(version, v -> byName(v, namespace, plural)).get(name));
    }

    private Map<String, ObjectNode> byName(String version, String namespace, String plural) {
        Map<String, ObjectNode> objects = new HashMap<>();
        String apiVersion = GROUP + "/" + version;
        for (ObjectNode item : api.list(collection(version, namespace, plural)).orElse(List.of())) {
            // A list's items may leave out apiVersion; the write path reads the version from it.
            if (!item.hasNonNull("apiVersion")) {
                item.put("apiVersion", apiVersion);
            }
            objects.put(item.path("metadata").path("name").asText(), item);
        }
        return objects;
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
     * The DestinationRule for {@code host}, read by name with one GET each: each candidate name in turn, under the
     * pinned or served versions; a rule whose host is another service is skipped. A pass over several policies of a
     * namespace finds them in a list instead (the Role grants {@code get} and {@code list}; see {@code PassReads}).
     */
    public Optional<ObjectNode> destinationRuleFor(String namespace, String host, List<String> names, String pinnedVersion) {
        return destinationRuleFor(namespace, host, names, pinnedVersion, direct(namespace, "destinationrules"));
    }

    /** As {@link #destinationRuleFor(String, String, List, String)}, finding each candidate through {@code lookup}. */
    public Optional<ObjectNode> destinationRuleFor(String namespace, String host, List<String> names, String pinnedVersion, Lookup lookup) {
        for (String version : candidates(pinnedVersion)) {
            for (String name : names) {
                Optional<ObjectNode> rule = lookup.find(version, name);
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
        return collection(version, namespace, plural) + "/" + name;
    }

    static String collection(String version, String namespace, String plural) {
        return "/apis/" + GROUP + "/" + version + "/namespaces/" + namespace + "/" + plural;
    }
}
