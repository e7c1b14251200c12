package dev.helmshift.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.zjsonpatch.JsonPatch;
import io.fabric8.zjsonpatch.JsonPatchException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-memory Kubernetes API server for timing whole passes (not a test double for behaviour: the scenario tests use
 * fabric8's CRUD server). Objects are indexed by namespace, kind and name, as kube-apiserver's watch cache indexes
 * them, so a request costs the same with ten objects or ten thousand; fabric8's CRUD server scans every stored object
 * under one lock for each request, which makes it the bottleneck of a pass over thousands of rollouts.
 * <p>
 * It speaks what the controller sends: discovery of networking.istio.io (v1alpha3), GET of an object or of a
 * collection (limit and continue), PATCH with an RFC 6902 JSON Patch (a failed {@code test} answers 422 Invalid, as
 * kube-apiserver does), POST (create; 409 when the name is taken) and PUT (replace; 409 on a stale resourceVersion).
 * Every write gives the object a new resourceVersion.
 */
public final class IndexedApiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** /api/v1/namespaces/NS/PLURAL[/NAME] or /apis/GROUP/VERSION/namespaces/NS/PLURAL[/NAME]. */
    private static final Pattern RESOURCE = Pattern.compile(
            "^/(?:api/(v1)|apis/([^/]+)/([^/]+))/namespaces/([^/]+)/([^/]+)(?:/([^/]+))?$");
    static final String ISTIO_GROUP = "networking.istio.io";

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong resourceVersion = new AtomicLong(1000);
    /** "GROUP/PLURAL/NAMESPACE" → name → object. */
    private final Map<String, Map<String, ObjectNode>> collections = new ConcurrentHashMap<>();

    private IndexedApiServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Listens on a free loopback port, answering on {@code threads} threads. */
    public static IndexedApiServer start(int threads) throws IOException {
        // The JDK's server writes headers and body apart; with Nagle's algorithm on, each answer then waits for the
        // client's delayed ACK (~40 ms). Read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        IndexedApiServer api = new IndexedApiServer(http, pool);
        http.setExecutor(pool);
        http.createContext("/", api::handle);
        http.start();
        return api;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stores {@code object} in the collection at {@code collectionPath}, as a POST there would. */
    public ObjectNode create(String collectionPath, ObjectNode object) {
        Matcher m = match(collectionPath);
        if (m == null || m.group(6) != null) {
            throw new IllegalArgumentException("not a collection path: " + collectionPath);
        }
        return store(collection(m), object.deepCopy(), true);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Answer answer = answer(exchange.getRequestMethod(), path, query, body);
            byte[] bytes = JSON.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.code(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private record Answer(int code, JsonNode body) {
    }

    private Answer answer(String method, String path, String query, byte[] body) throws IOException {
        if (method.equals("GET") && path.equals("/apis/" + ISTIO_GROUP)) {
            ObjectNode group = JSON.createObjectNode().put("kind", "APIGroup").put("apiVersion", "v1").put("name", ISTIO_GROUP);
            group.putArray("versions").addObject().put("groupVersion", ISTIO_GROUP + "/v1alpha3").put("version", "v1alpha3");
            return new Answer(200, group);
        }
        Matcher m = match(path);
        if (m == null) {
            return status(404, "NotFound", "no such path: " + path);
        }
        Map<String, ObjectNode> objects = collections.computeIfAbsent(collection(m), k -> new ConcurrentHashMap<>());
        String name = m.group(6);
        String apiVersion = m.group(1) != null ? "v1" : m.group(2) + "/" + m.group(3);
        return switch (method) {
            case "GET" -> name == null ? new Answer(200, list(objects, apiVersion, query)) : get(objects, name, apiVersion);
            case "POST" -> {
                ObjectNode object = (ObjectNode) JSON.readTree(body);
                if (objects.containsKey(object.path("metadata").path("name").asText())) {
                    yield status(409, "AlreadyExists", object.path("metadata").path("name").asText() + " already exists");
                }
                yield new Answer(201, store(collection(m), object, true));
            }
            case "PATCH" -> patch(objects, name, JSON.readTree(body));
            case "PUT" -> replace(objects, name, (ObjectNode) JSON.readTree(body));
            default -> status(405, "MethodNotAllowed", method + " is not supported here");
        };
    }

    private static Answer get(Map<String, ObjectNode> objects, String name, String apiVersion) {
        ObjectNode object = objects.get(name);
        if (object == null) {
            return status(404, "NotFound", name + " not found");
        }
        return new Answer(200, asVersion(object, apiVersion));
    }

    /** A stored object is never changed (a write stores a new tree), so it is served as is under its own version. */
    private static ObjectNode asVersion(ObjectNode object, String apiVersion) {
        return apiVersion.equals(object.path("apiVersion").asText()) ? object : object.deepCopy().put("apiVersion", apiVersion);
    }

    /** Items in name order, {@code limit} at a time; the continue token is the last name handed out. */
    private ObjectNode list(Map<String, ObjectNode> objects, String apiVersion, String query) {
        int limit = Integer.MAX_VALUE;
        String after = "";
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                if (kv[0].equals("limit")) {
                    limit = Integer.parseInt(value);
                } else if (kv[0].equals("continue")) {
                    after = value;
                }
            }
        }
        List<String> names = new ArrayList<>(objects.keySet());
        names.sort(null);
        ObjectNode list = JSON.createObjectNode().put("apiVersion", apiVersion).put("kind", "List");
        ObjectNode metadata = list.putObject("metadata").put("resourceVersion", String.valueOf(resourceVersion.get()));
        ArrayNode items = list.putArray("items");
        for (String name : names) {
            if (name.compareTo(after) <= 0) {
                continue;
            }
            if (items.size() == limit) {
                metadata.put("continue", items.get(items.size() - 1).path("metadata").path("name").asText());
                break;
            }
            ObjectNode object = objects.get(name);
            if (object != null) {
                items.add(asVersion(object, apiVersion));
            }
        }
        return list;
    }

    private Answer patch(Map<String, ObjectNode> objects, String name, JsonNode operations) {
        Answer[] answer = new Answer[1];
        objects.computeIfPresent(name, (k, current) -> {
            try {
                ObjectNode patched = (ObjectNode) JsonPatch.apply(operations, current);
                stamp(patched);
                answer[0] = new Answer(200, patched);
                return patched;
            } catch (JsonPatchException e) {
                answer[0] = status(422, "Invalid", "the server rejected our request due to an error in our request: " + e.getMessage());
                return current;
            }
        });
        return answer[0] != null ? answer[0] : status(404, "NotFound", name + " not found");
    }

    private Answer replace(Map<String, ObjectNode> objects, String name, ObjectNode object) {
        Answer[] answer = new Answer[1];
        objects.computeIfPresent(name, (k, current) -> {
            String expected = object.path("metadata").path("resourceVersion").asText("");
            if (!expected.isEmpty() && !expected.equals(current.path("metadata").path("resourceVersion").asText())) {
                answer[0] = status(409, "Conflict", "the object has been modified; please apply your changes to the latest version");
                return current;
            }
            ObjectNode replaced = object.deepCopy();
            replaced.withObjectProperty("metadata").put("uid", current.path("metadata").path("uid").asText());
            stamp(replaced);
            answer[0] = new Answer(200, replaced);
            return replaced;
        });
        return answer[0] != null ? answer[0] : status(404, "NotFound", name + " not found");
    }

    private ObjectNode store(String collection, ObjectNode object, boolean created) {
        ObjectNode metadata = object.withObjectProperty("metadata");
        if (created) {
            metadata.put("uid", UUID.randomUUID().toString());
        }
        stamp(object);
        collections.computeIfAbsent(collection, k -> new ConcurrentHashMap<>()).put(metadata.path("name").asText(), object);
        return object;
    }

    private void stamp(ObjectNode object) {
        object.withObjectProperty("metadata").put("resourceVersion", String.valueOf(resourceVersion.incrementAndGet()));
    }

    private static Matcher match(String path) {
        Matcher m = RESOURCE.matcher(path);
        return m.matches() ? m : null;
    }

    /** Version-independent, as a real server serves the same objects under every version of a group. */
    private static String collection(Matcher m) {
        String group = m.group(1) != null ? "" : m.group(2);
        return group + "/" + m.group(5) + "/" + m.group(4);
    }

    private static Answer status(int code, String reason, String message) {
        ObjectNode status = JSON.createObjectNode().put("apiVersion", "v1").put("kind", "Status").put("status", "Failure")
                .put("code", code).put("reason", reason).put("message", message);
        return new Answer(code, status);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
