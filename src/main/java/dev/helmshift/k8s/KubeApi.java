package dev.helmshift.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import dev.helmshift.report.Json;

/**
 * Raw JSON access to the Kubernetes API through fabric8's authenticated HTTP client. We work on JSON trees, not typed
 * models, so that fields we do not know (a newer Istio API, a user's extension) survive a read-modify-write untouched.
 * Configuration is the standard one: KUBECONFIG / ~/.kube/config, or the in-cluster service account.
 */
public final class KubeApi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;
    /** Shorter than reads: a server that never answers a refused patch (stock fabric8 CRUD) must not stall a step. */
    private static final long PATCH_TIMEOUT_SECONDS = 10;
    static final String JSON_PATCH = "application/json-patch+json";
    /**
     * A step should fail fast when the API server is down: fabric8's default, 10 retries with exponential backoff,
     * took 47 s to report a refused connection. The next CronJob run retries anyway. An explicit setting still wins.
     */
    private static final int FAST_FAIL_RETRIES = 1;
    private static final String RETRY_LIMIT_PROPERTY = Config.KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT_SYSTEM_PROPERTY;
    private static final String RETRY_LIMIT_ENV = "KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT";

    private final KubernetesClient client;
    private final HttpClient http;
    private final String base;
    private final String defaultNamespace;
    private final boolean owned;

    private KubeApi(KubernetesClient client, boolean owned) {
        this.client = client;
        this.owned = owned;
        this.http = client.getHttpClient();
        String url = client.getMasterUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String ns = client.getConfiguration().getNamespace();
        this.defaultNamespace = ns == null || ns.isBlank() ? "default" : ns;
    }

    /** Connects with the standard configuration (kubeconfig, service account, kubernetes.* system properties). */
    public static KubeApi connect() {
        try {
            Config config = Config.autoConfigure(null);
            if (System.getProperty(RETRY_LIMIT_PROPERTY) == null && System.getenv(RETRY_LIMIT_ENV) == null) {
                config.setRequestRetryBackoffLimit(FAST_FAIL_RETRIES);
            }
            return new KubeApi(new KubernetesClientBuilder().withConfig(config).build(), true);
        } catch (RuntimeException e) {
            throw new KubeException("cannot configure Kubernetes access: " + e.getMessage(),
                    "set KUBECONFIG or run inside a cluster with a service account", 0, "", e);
        }
    }

    /** Wraps an existing client (tests, the demo's in-process server). The caller keeps ownership of the client. */
    public static KubeApi using(KubernetesClient client) {
        return new KubeApi(client, false);
    }

    /** The namespace of the current kubeconfig context or service account, else "default". */
    public String defaultNamespace() {
        return defaultNamespace;
    }

    /** GET; empty on 404. */
    public Optional<ObjectNode> get(String path) {
        HttpResponse<String> response = send(http.newHttpRequestBuilder().uri(base + path).build(), path);
        if (response.code() == 404) {
            return Optional.empty();
        }
        requireSuccess(response, "GET", path);
        return Optional.of(parse(response.body(), path));
    }

    /**
     * PUT of a whole object. The controller never calls it (its Role grants no {@code update}); tests and tools that
     * play the human editing an object do.
     */
    public ObjectNode replace(String path, ObjectNode object) {
        HttpRequest request = http.newHttpRequestBuilder().uri(base + path)
                .put("application/json", write(object)).build();
        HttpResponse<String> response = send(request, path);
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
        HttpRequest request = http.newHttpRequestBuilder().uri(base + path)
                .method("PATCH", JSON_PATCH, write(operations)).build();
        HttpResponse<String> response = send(request, path, PATCH_TIMEOUT_SECONDS);
        if (response.code() == 409) {
            throw new ConflictException(path, 409);
        }
        requireSuccess(response, "PATCH", path);
        return parse(response.body(), path);
    }

    /** POST (create). */
    public ObjectNode create(String path, ObjectNode object) {
        HttpRequest request = http.newHttpRequestBuilder().uri(base + path)
                .post("application/json", write(object)).build();
        HttpResponse<String> response = send(request, path);
        requireSuccess(response, "POST", path);
        return parse(response.body(), path);
    }

    private HttpResponse<String> send(HttpRequest request, String path) {
        return send(request, path, TIMEOUT_SECONDS);
    }

    private HttpResponse<String> send(HttpRequest request, String path, long timeoutSeconds) {
        try {
            return http.sendAsync(request, String.class).get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KubeException("interrupted while calling the API server for " + path, null, 0, path, e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new KubeException("cannot reach the Kubernetes API server at " + base + " (" + path + "): " + cause,
                    "check KUBECONFIG and that the API server is up", 0, path, cause);
        }
    }

    private static void requireSuccess(HttpResponse<String> response, String method, String path) {
        if (!response.isSuccessful()) {
            String body = response.body() == null ? "" : response.body();
            String reason = body.length() > 300 ? body.substring(0, 300) + "..." : body;
            String hint = response.code() == 401 || response.code() == 403
                    ? "check the credentials and the Role (get/list/patch virtualservices, get destinationrules and deployments, create events)"
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
        if (owned) {
            client.close();
        }
    }
}
