package dev.helmshift.k8s;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Requests through the JDK's own HTTP client for an endpoint {@link KubeEndpoints} resolved: HTTP/2 over TLS (as
 * kube-apiserver speaks it), HTTP/1.1 on plain http. Nothing to build but the client itself, so a step's start-up does
 * not pay for an event loop. A refused connection is retried once after 100 ms, then reported (the next CronJob run
 * tries again), as fabric8's client is configured for steps.
 */
final class JdkKubeTransport implements KubeTransport {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Executor RETRY_LATER = CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS);
    /** How long a token read from a file is used before the file is read again (client-go's period). */
    private static final Duration TOKEN_FILE_TTL = Duration.ofMinutes(1);
    private static final String USER_AGENT = "helmshift/0.1.0";

    private final KubeEndpoint endpoint;
    private final Duration tokenFileTtl;
    private final HttpClient http;
    private final String base;
    private volatile String fileToken;
    private volatile long fileTokenReadAt;

    JdkKubeTransport(KubeEndpoint endpoint) {
        this(endpoint, TOKEN_FILE_TTL);
    }

    JdkKubeTransport(KubeEndpoint endpoint, Duration tokenFileTtl) {
        this.endpoint = endpoint;
        this.tokenFileTtl = tokenFileTtl;
        String url = endpoint.server().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        // No JVM-wide proxy: as with fabric8, a proxy for the API server comes from the kubeconfig or HTTPS_PROXY,
        // and KubeEndpoints leaves both to fabric8.
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY);
        if (endpoint.https()) {
            builder.version(HttpClient.Version.HTTP_2).sslContext(sslContext(endpoint));
        } else {
            builder.version(HttpClient.Version.HTTP_1_1).sslContext(LazyTls.context()).sslParameters(LazyTls.parameters());
        }
        this.http = builder.build();
    }

    private static SSLContext sslContext(KubeEndpoint endpoint) {
        try {
            if (endpoint.insecure()) {
                return TlsContexts.trustingAll();
            }
            return endpoint.certificateAuthorities() == null ? LazyTls.context() : TlsContexts.trusting(endpoint.certificateAuthorities());
        } catch (GeneralSecurityException e) {
            throw new KubeException("cannot set up TLS for " + endpoint.server() + " from " + endpoint.source() + ": " + e.getMessage(),
                    "check the certificate-authority of the kubeconfig or the service account's ca.crt", 0, "", e);
        }
    }

    @Override
    public String baseUrl() {
        return base;
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.path())).timeout(request.timeout())
                .header("Accept", "application/json").header("User-Agent", USER_AGENT);
        String token = token();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (request.body() == null) {
            builder.GET();
        } else {
            builder.header("Content-Type", request.contentType())
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        }
        HttpRequest built = builder.build();
        return attempt(built).exceptionallyCompose(error -> refused(error)
                ? CompletableFuture.supplyAsync(() -> built, RETRY_LATER).thenCompose(this::attempt)
                : CompletableFuture.failedFuture(error));
    }

    private CompletableFuture<Response> attempt(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> new Response(r.statusCode(), r.body() == null ? "" : r.body()));
    }

    private static boolean refused(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof ConnectException;
    }

    /** The static token, or the token file's content, read again once a minute as the kubelet rotates it. */
    private String token() {
        if (endpoint.tokenFile() == null) {
            return endpoint.token();
        }
        long now = System.nanoTime();
        if (fileToken == null || now - fileTokenReadAt >= tokenFileTtl.toNanos()) {
            try {
                fileToken = Files.readString(endpoint.tokenFile(), StandardCharsets.UTF_8).strip();
                fileTokenReadAt = now;
            } catch (IOException e) {
                if (fileToken == null) {
                    throw new KubeException("cannot read the service account token " + endpoint.tokenFile() + ": " + e.getMessage(),
                            "check the pod's service account (automountServiceAccountToken)", 0, "", e);
                }
            }
        }
        return fileToken;
    }

    @Override
    public void close() {
        // The JDK client's threads are daemons and its connections close with the process; Java 21 adds close().
    }
}
