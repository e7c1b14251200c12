package dev.helmshift.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.error.HelmshiftException;
import dev.helmshift.report.Json;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Raw JSON access to the Kubernetes API. We work on JSON trees, not typed models, so that fields we do not know (a newer
 * Istio API, a user's extension) survive a read-modify-write untouched. Configuration is the standard one:
 * KUBECONFIG / ~/.kube/config, or the in-cluster service account; {@link KubeEndpoints} resolves the common cases
 * itself and sends through the JDK's HTTP client, everything else goes through fabric8's client.
 * <p>
 * At most {@link #MAX_IN_FLIGHT} requests are in flight at once, however many threads call in, so a pass over
 * thousands of rollouts never opens thousands of connections to the API server.
 */
public final class KubeApi implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(KubeApi.class);
    static final ObjectMapper JSON = new ObjectMapper();
    /** Requests in flight at once. */
    public static final int MAX_IN_FLIGHT = 16;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Shorter than reads: a server that never answers a refused patch (stock fabric8 CRUD) must not stall a step. */
    private static final Duration PATCH_TIMEOUT = Duration.ofSeconds(10);
    /** Items per page of a list; a real API server hands out the rest with a continue token. */
    private static final int LIST_PAGE = 500;
    static final String JSON_PATCH = "application/json-patch+json";

    private final KubeTransport transport;
    private final String base;
    private final String defaultNamespace;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

    KubeApi(KubeTransport transport, String namespace) {
        this.transport = transport;
        this.base = transport.baseUrl();
        this.defaultNamespace = namespace == null || namespace.isBlank() ? "default" : namespace;
    }

    /** Connects with the standard configuration (kubeconfig, service account, kubernetes.* system properties). */
    public static KubeApi connect() {
        return connect(KubeEndpoints.ofProcess());
    }

    static KubeApi connect(KubeEndpoints endpoints) {
        try {
            KubeEndpoints.Resolution resolution = endpoints.resolve();
            if (resolution.endpoint() != null) {
                KubeEndpoint endpoint = resolution.endpoint();
                LOG.debugf("Kubernetes API %s from %s", endpoint.server(), endpoint.source());
                return of(endpoint);
            }
            LOG.debugf("Kubernetes configuration by fabric8: %s", resolution.fabric8Reason());
            Fabric8KubeTransport fabric8 = Fabric8KubeTransport.autoConfigured();
            return new KubeApi(fabric8, fabric8.namespace());
        } catch (HelmshiftException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new KubeException("cannot configure Kubernetes access: " + e.getMessage(),
                    "set KUBECONFIG or run inside a cluster with a service account", 0, "", e);
        }
    }

    /** Through the JDK's HTTP client, to an endpoint resolved without fabric8. */
    static KubeApi of(KubeEndpoint endpoint) {
        return new KubeApi(new JdkKubeTransport(endpoint), endpoint.namespace());
    }

    /** Wraps an existing fabric8 client (tests, the demo's in-process server). The caller keeps ownership of the client. */
    public static KubeApi using(KubernetesClient client) {
        Fabric8KubeTransport fabric8 = Fabric8KubeTransport.using(client);
        return new KubeApi(fabric8, fabric8.namespace());
    }

    /** The namespace of the current kubeconfig context or service account, else "default". */
    public String defaultNamespace() {
        return defaultNamespace;
    }

    /** GET; empty on 404. */
    public Optional<ObjectNode> get(String path) {
        KubeTransport.Response response = send(KubeTransport.Request.get(path, TIMEOUT));
        if (response.code() == 404) {
            return Optional.empty();
        }
        requireSuccess(response, "GET", path);
        return Optional.of(parse(response.body(), path));
    }

    /**
     * Every item of a collection (e.g. /apis/G/V/namespaces/NS/virtualservices), page by page; empty when the
     * collection does not exist (404: a version the server does not serve).
     */
    public Optional<List<ObjectNode>> list(String collectionPath) {
        List<ObjectNode> items = new ArrayList<>();
        String next = "";
        do {
            String path = collectionPath + "?limit=" + LIST_PAGE
                    + (next.isEmpty() ? "" : "&continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            Optional<ObjectNode> page = get(path);
            if (page.isEmpty()) {
                return Optional.empty();
            }
            for (JsonNode item : page.get().path("items")) {
                if (item instanceof ObjectNode object) {
                    items.add(object);
                }
            }
            next = page.get().path("metadata").path("continue").asText("");
        } while (!next.isEmpty());
        return Optional.of(items);
    }

    /**
     * PUT of a whole object. The controller never calls it (its Role grants no {@code update}); tests and tools that
     * play the human editing an object do.
     */
    public ObjectNode replace(String path, ObjectNode object) {
        KubeTransport.Response response = send(KubeTransport.Request.withBody("PUT", path, "application/json", write(object), TIMEOUT));
        if (response.code() == 409) {
            throw new ConflictException(path, 409);
        }
        requireSuccess(response, "PUT", path);
        return parse(response.body(), path);
    }

    /**
     * PATCH with an RFC 6902 JSON Patch ({@code application/json-patch+json}). A 409 is a {@link ConflictException};
     * any other refusal (a failed {@code test} op answers 422 on a real API server) is a {@link KubeException} with
     * its status, which the caller interprets because only it knows what it tested.
     */
    public ObjectNode jsonPatch(String path, ArrayNode operations) {
        KubeTransport.Response response = send(KubeTransport.Request.withBody("PATCH", path, JSON_PATCH, write(operations), PATCH_TIMEOUT));
        if (response.code() == 409) {
            throw new ConflictException(path, 409);
        }
        requireSuccess(response, "PATCH", path);
        return parse(response.body(), path);
    }

    /** POST (create). */
    public ObjectNode create(String path, ObjectNode object) {
        KubeTransport.Response response = send(KubeTransport.Request.withBody("POST", path, "application/json", write(object), TIMEOUT));
        requireSuccess(response, "POST", path);
        return parse(response.body(), path);
    }

    private KubeTransport.Response send(KubeTransport.Request request) {
        String path = request.path();
        try {
            inFlight.acquire();
            try {
                // A little beyond the transport's own limits (two attempts and the pause between), so the transport
                // reports its timeout first.
                long limit = 2 * request.timeout().toMillis() + JdkKubeTransport.MAX_RETRY_PAUSE.toMillis() + 1000;
                return transport.send(request).get(limit, TimeUnit.MILLISECONDS);
            } finally {
                inFlight.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubeException("interrupted while calling the API server for " + path, null, 0, path, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new KubeException("cannot reach the Kubernetes API server at " + base + " (" + path + "): " + cause,
                    "check KUBECONFIG and that the API server is up", 0, path, cause);
        }
    }

    private static void requireSuccess(KubeTransport.Response response, String method, String path) {
        if (!response.successful()) {
            String body = response.body();
            String reason = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            String hint = response.code() == 401 || response.code() == 403
                    ? "check the credentials and the Role (get/list/patch virtualservices, get/list destinationrules and deployments, create events)"
                    : null;
            throw new KubeException(method + " " + path + " answered HTTP " + response.code() + ": " + reason,
                    hint, response.code(), path);
        }
    }

    private static ObjectNode parse(String body, String path) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            throw new KubeException("the API server answered " + path + " with malformed JSON: " + e.getOriginalMessage(),
                    null, 200, path, e);
        }
        throw new KubeException("the API server answered " + path + " with something other than a JSON object", null, 200, path);
    }

    private static String write(JsonNode object) {
        return Json.compact(object);
    }

    @Override
    public void close() {
        transport.close();
    }
}
