package dev.helmshift.k8s;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Requests through fabric8's authenticated HTTP client: every kubeconfig and environment setting fabric8 knows (exec
 * credential plugins, client certificates, auth providers, proxies, impersonation, {@code kubernetes.*} properties).
 * Building it costs a Vert.x instance and fabric8's typed kubeconfig model, so it is used only for what
 * {@link KubeEndpoints} does not resolve itself, and for clients handed in (tests, the demo's in-process server).
 */
final class Fabric8KubeTransport implements KubeTransport {
    /**
     * A step should fail fast when the API server is down: fabric8's default, 10 retries with exponential backoff,
     * took 47 s to report a refused connection. The next CronJob run retries anyway. An explicit setting still wins.
     */
    private static final int FAST_FAIL_RETRIES = 1;
    private static final String RETRY_LIMIT_PROPERTY = Config.KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT_SYSTEM_PROPERTY;
    private static final String RETRY_LIMIT_ENV = "KUBERNETES_REQUEST_RETRY_BACKOFFLIMIT";

    private final KubernetesClient client;
    private final boolean owned;
    private final HttpClient http;
    private final String base;

    private Fabric8KubeTransport(KubernetesClient client, boolean owned) {
        this.client = client;
        this.owned = owned;
        this.http = client.getHttpClient();
        String url = client.getMasterUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** fabric8's auto-configuration: kubeconfig, service account, kubernetes.* system properties and variables. */
    static Fabric8KubeTransport autoConfigured() {
        Config config = Config.autoConfigure(null);
        if (System.getProperty(RETRY_LIMIT_PROPERTY) == null && System.getenv(RETRY_LIMIT_ENV) == null) {
            config.setRequestRetryBackoffLimit(FAST_FAIL_RETRIES);
        }
        return new Fabric8KubeTransport(new KubernetesClientBuilder().withConfig(config).build(), true);
    }

    /** A client the caller owns and closes. */
    static Fabric8KubeTransport using(KubernetesClient client) {
        return new Fabric8KubeTransport(client, false);
    }

    /** The namespace of the client's configuration; null when it names none. */
    String namespace() {
        return client.getConfiguration().getNamespace();
    }

    @Override
    public String baseUrl() {
        return base;
    }

    @Override
    public CompletableFuture<Response> send(Request r) {
        HttpRequest.Builder request = http.newHttpRequestBuilder().uri(base + r.path()).timeout(r.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (r.body() != null) {
            request.method(r.method(), r.contentType(), r.body());
        }
        return http.sendAsync(request.build(), String.class)
                .thenApply(answer -> new Response(answer.code(), answer.body() == null ? "" : answer.body()));
    }

    @Override
    public void close() {
        if (owned) {
            client.close();
        }
    }
}
