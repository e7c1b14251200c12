package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * Edits the one HTTP route of a VirtualService that sends a service's traffic to two subsets, in place on the JSON tree.
 * Everything else (other routes, hosts, gateways, retries, unknown fields) is left exactly as it was.
 *
 * <p>The main route is the HTTP route all of whose destinations are the service (in any host spelling), preferring one
 * without {@code match}. The header route is a match route on given headers that sends everything to the target subset;
 * it is placed first, so that it wins over the main route.
 */
public final class RouteEditor {
    private final String namespace;
    private final String host;
    private final String from;
    private final String to;

    public RouteEditor(String namespace, String host, String from, String to) {
        this.namespace = Objects.requireNonNull(namespace);
        this.host = Objects.requireNonNull(host);
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
    }

    /** What the route says now: weights of both subsets and whether our header route is present. */
    public record LiveRoute(int index, int fromWeight, int toWeight, boolean headerRoute) {
    }

    /** Reads the live weights; fails when the VirtualService has no route to the service or routes it elsewhere too. */
    public LiveRoute read(ObjectNode virtualService, JsonNode headers) {
        int index = mainRouteIndex(virtualService, headers);
        ArrayNode destinations = (ArrayNode) routes(virtualService).get(index).path("route");
        int fromWeight = 0;
        int toWeight = 0;
        for (JsonNode d : destinations) {
            String subset = d.path("destination").path("subset").asText("");
            int weight = d.has("weight") ? d.path("weight").asInt() : (destinations.size() == 1 ? 100 : 0);
            if (subset.equals(from)) {
                fromWeight += weight;
            } else if (subset.equals(to)) {
                toWeight += weight;
            } else {
                throw new RouteException(describe(virtualService) + ": the route to " + host + " also sends traffic to subset '"
                        + subset + "', which is neither " + from + " nor " + to,
                        "route only subsets " + from + " and " + to + " of " + host + ", or fix spec.from/spec.to");
            }
        }
        return new LiveRoute(index, fromWeight, toWeight, headers != null && headerRouteIndex(virtualService, headers) >= 0);
    }

    /** Sets the main route to {@code toWeight}% for the target subset and the rest for the source subset. */
    public void setWeights(ObjectNode virtualService, JsonNode headers, int toWeight) {
        if (toWeight < 0 || toWeight > 100) {
            throw new IllegalArgumentException("weight out of range: " + toWeight);
        }
        int index = mainRouteIndex(virtualService, headers);
        ObjectNode route = (ObjectNode) routes(virtualService).get(index);
        ArrayNode destinations = (ArrayNode) route.path("route");
        ObjectNode fromDestination = null;
        ObjectNode toDestination = null;
        for (JsonNode d : destinations) {
            String subset = d.path("destination").path("subset").asText("");
            if (subset.equals(from) && fromDestination == null) {
                fromDestination = (ObjectNode) d;
            } else if (subset.equals(to) && toDestination == null) {
                toDestination = (ObjectNode) d;
            }
        }
        if (fromDestination == null) {
            fromDestination = withSubset(toDestination, from);
        }
        if (toDestination == null) {
            toDestination = withSubset(fromDestination, to);
        }
        fromDestination.put("weight", 100 - toWeight);
        toDestination.put("weight", toWeight);
        destinations.removeAll();
        destinations.add(fromDestination);
        destinations.add(toDestination);
    }

    /** Places a route matching {@code headers} first, sending matches to the target subset; idempotent. */
    public void addHeaderRoute(ObjectNode virtualService, JsonNode headers) {
        if (headerRouteIndex(virtualService, headers) >= 0) {
            return;
        }
        ObjectNode main = (ObjectNode) routes(virtualService).get(mainRouteIndex(virtualService, headers));
        ObjectNode template = (ObjectNode) main.path("route").get(0);
        ObjectNode headerRoute = KubeApi.JSON.createObjectNode();
        headerRoute.putArray("match").addObject().set("headers", headers.deepCopy());
        ObjectNode destination = withSubset(template, to);
        destination.remove("weight");
        headerRoute.putArray("route").add(destination);
        routes(virtualService).insert(0, headerRoute);
    }

    /** Removes the header route if present; idempotent. */
    public void removeHeaderRoute(ObjectNode virtualService, JsonNode headers) {
        if (headers == null) {
            return;
        }
        int index = headerRouteIndex(virtualService, headers);
        while (index >= 0) {
            routes(virtualService).remove(index);
            index = headerRouteIndex(virtualService, headers);
        }
    }

    private int mainRouteIndex(ObjectNode virtualService, JsonNode headers) {
        ArrayNode http = routes(virtualService);
        int first = -1;
        for (int i = 0; i < http.size(); i++) {
            JsonNode route = http.get(i);
            if (!targetsHostOnly(route) || (headers != null && isHeaderRoute(route, headers))) {
                continue;
            }
            if (!route.has("match")) {
                return i;
            }
            if (first < 0) {
                first = i;
            }
        }
        if (first < 0) {
            throw new RouteException(describe(virtualService) + " has no HTTP route whose destinations are host " + host,
                    "add an http route to " + host + " (subset " + from + ") or fix spec.host/spec.virtualService");
        }
        return first;
    }

    private int headerRouteIndex(ObjectNode virtualService, JsonNode headers) {
        ArrayNode http = routes(virtualService);
        for (int i = 0; i < http.size(); i++) {
            if (isHeaderRoute(http.get(i), headers)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isHeaderRoute(JsonNode route, JsonNode headers) {
        JsonNode match = route.path("match");
        if (!match.isArray() || match.size() != 1 || !headers.equals(match.get(0).path("headers")) || match.get(0).size() != 1) {
            return false;
        }
        JsonNode destinations = route.path("route");
        if (destinations.size() != 1) {
            return false;
        }
        JsonNode d = destinations.get(0).path("destination");
        return HostNames.same(d.path("host").asText(null), host, namespace) && to.equals(d.path("subset").asText());
    }

    private boolean targetsHostOnly(JsonNode route) {
        JsonNode destinations = route.path("route");
        if (!destinations.isArray() || destinations.isEmpty()) {
            return false;
        }
        for (JsonNode d : destinations) {
            if (!HostNames.same(d.path("destination").path("host").asText(null), host, namespace)) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode withSubset(ObjectNode destination, String subset) {
        ObjectNode copy = destination.deepCopy();
        ((ObjectNode) copy.path("destination")).put("subset", subset);
        return copy;
    }

    private static ArrayNode routes(ObjectNode virtualService) {
        JsonNode http = virtualService.path("spec").path("http");
        if (http instanceof ArrayNode array) {
            return array;
        }
        throw new RouteException(describe(virtualService) + " has no spec.http routes", "add an http route to the service");
    }

    private static String describe(JsonNode virtualService) {
        JsonNode meta = virtualService.path("metadata");
        return "VirtualService " + meta.path("namespace").asText() + "/" + meta.path("name").asText();
    }

    /** The VirtualService does not have the shape we can shift: exit 3, since it is the cluster's state. */
    public static final class RouteException extends KubeException {
        public RouteException(String message, String hint) {
            super(message, hint, 0, "");
        }
    }
}
