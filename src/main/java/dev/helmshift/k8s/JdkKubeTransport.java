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
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Requests through the JDK's own HTTP client for an endpoint {@link KubeEndpoints} resolved: HTTP/2 over TLS (as
 * kube-apiserver speaks it), HTTP/1.1 on plain http. Nothing to build but the client itself, so a step's start-up does
 * not pay for an event loop. A request is retried once, then its outcome reported (the next CronJob run tries again), as
 * fabric8's client is configured for steps: after 100 ms when the connection was refused, and after the answer's
 * Retry-After (at least 100 ms, at most 5 s) when the server answered 429 or 5xx, as fabric8 and client-go do. That holds
 * for every verb: a re-sent patch is safe, it tests the resourceVersion it was built on.
 */
final class JdkKubeTransport implements KubeTransport {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(5);
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
        HttpRequest built;
        try {
            built = build(request);
        } catch (IllegalArgumentException e) {
            // The JDK puts the refused header's value in its message: for Authorization, the token. Neither the
            // message nor the exception goes further.
            throw new KubeException("cannot send " + request.method() + " " + request.path() + " to " + base
                    + ": a header value holds a character HTTP does not allow (the bearer token of " + endpoint.source() + "?)",
                    "remove line breaks and other control characters from the token", 0, request.path());
        }
        return attempt(built).handle((response, error) -> {
            if (error != null) {
                return refused(error) ? later(RETRY_PAUSE, built) : CompletableFuture.<HttpResponse<String>>failedFuture(error);
            }
            Duration pause = retryPause(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
            return pause == null ? CompletableFuture.completedFuture(response) : later(pause, built);
        }).thenCompose(next -> next).thenApply(r -> new Response(r.statusCode(), r.body() == null ? "" : r.body()));
    }

    private HttpRequest build(Request request) {
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
        return builder.build();
    }

    private CompletableFuture<HttpResponse<String>> attempt(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The request sent again after the pause. */
    private CompletableFuture<HttpResponse<String>> later(Duration pause, HttpRequest request) {
        Executor afterThePause = CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> request, afterThePause).thenCompose(this::attempt);
    }

    /**
     * How long to wait before sending again a request answered {@code status}: null unless 429 (too many requests) or
     * 5xx; else the Retry-After seconds or date, at least 100 ms and at most 5 s (a step is short; the next run retries).
     */
    static Duration retryPause(int status, String retryAfter) {
        if (status != 429 && status < 500) {
            return null;
        }
        Duration asked = Duration.ZERO;
        if (retryAfter != null) {
            String value = retryAfter.strip();
            try {
                asked = Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException notSeconds) {
                try {
                    asked = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                } catch (DateTimeParseException neither) {
                    // An answer we cannot read: the shortest pause.
                }
            }
        }
        if (asked.compareTo(RETRY_PAUSE) < 0) {
            return RETRY_PAUSE;
        }
        return asked.compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE : asked;
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
