package dev.helmshift.k8s;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * How {@link KubeApi} sends one authenticated request to the API server: the JDK's HTTP client for the configurations
 * {@link KubeEndpoints} resolves itself, fabric8's client for everything else.
 */
interface KubeTransport extends AutoCloseable {

    /** The API server's URL without a trailing slash, e.g. https://10.0.0.1:443. */
    String baseUrl();

    /** Sends one request. The future fails with the I/O error when no answer came; any answer completes it. */
    CompletableFuture<Response> send(Request request);

    /** A GET when {@code body} is null; otherwise {@code method} with the body as {@code contentType}. */
    record Request(String method, String path, String contentType, String body, Duration timeout) {
        public Request {
            Objects.requireNonNull(method);
            Objects.requireNonNull(path);
            Objects.requireNonNull(timeout);
        }

        static Request get(String path, Duration timeout) {
            return new Request("GET", path, null, null, timeout);
        }

        static Request withBody(String method, String path, String contentType, String body, Duration timeout) {
            return new Request(method, path, Objects.requireNonNull(contentType), Objects.requireNonNull(body), timeout);
        }
    }

    /** An answer: the HTTP status and the body as text (empty when there was none). */
    record Response(int code, String body) {
        boolean successful() {
            return code >= 200 && code < 300;
        }
    }

    @Override
    void close();
}
