package dev.helmshift.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Requests through the JDK's HTTP client as a step sends them without fabric8: TLS trusting exactly the kubeconfig's CA
 * with the host name checked (or nothing checked under insecure-skip-tls-verify), the bearer token from the kubeconfig
 * or the service account's rotating file, one retry of a refused connection, and lists read page by page.
 */
class JdkKubeTransportTest {
    static final String PASSWORD = "changeit";

    @TempDir
    static Path keys;
    static String serverPem;
    static String otherPem;

    @TempDir
    Path dir;

    final List<HttpServer> servers = new ArrayList<>();
    final List<String> queries = new ArrayList<>();

    /** A self-signed certificate for 127.0.0.1 (the server's), and an unrelated one. */
    @BeforeAll
    static void certificates() throws Exception {
        serverPem = keypair("server");
        otherPem = keypair("other");
    }

    private static String keypair(String name) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-keystore", keys.resolve(name + ".p12").toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
        run(keytool, "-exportcert", "-rfc", "-alias", name, "-keystore", keys.resolve(name + ".p12").toString(),
                "-storepass", PASSWORD, "-file", keys.resolve(name + ".pem").toString());
        return Files.readString(keys.resolve(name + ".pem"));
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    @AfterEach
    void stop() {
        servers.forEach(s -> s.stop(0));
    }

    /** Answers every request with {"authorization": ..., "method": ...}; records the query strings. */
    private void handle(HttpExchange exchange) throws IOException {
        synchronized (queries) {
            queries.add(exchange.getRequestURI().getRawQuery());
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] body = ("{\"authorization\":\"" + auth + "\",\"method\":\"" + exchange.getRequestMethod() + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private int https() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve("server.p12"))) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", this::handle);
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }

    private static KubeEndpoint endpoint(String url, String ca, boolean insecure, String token, Path tokenFile) {
        return new KubeEndpoint(URI.create(url), ca, insecure, token, tokenFile, null, "test");
    }

    @Test
    void trustsTheKubeconfigsCaAndSendsTheBearerToken() throws Exception {
        int port = https();
        KubeApi api = KubeApi.of(endpoint("https://127.0.0.1:" + port, serverPem, false, "abc", null));
        ObjectNode answer = api.get("/api").orElseThrow();
        assertThat(answer.path("authorization").asText()).isEqualTo("Bearer abc");
        assertThat(api.defaultNamespace()).isEqualTo("default");
    }

    @Test
    void refusesAServerTheCaDidNotSignAndAHostNameTheCertificateDoesNotName() throws Exception {
        int port = https();
        KubeException untrusted = catchThrowableOfType(
                () -> KubeApi.of(endpoint("https://127.0.0.1:" + port, otherPem, false, null, null)).get("/api"), KubeException.class);
        assertThat(untrusted.status()).isZero();
        assertThat(untrusted.getMessage()).startsWith("cannot reach the Kubernetes API server at https://127.0.0.1:" + port + " (/api): ")
                .contains("SSLHandshakeException");

        KubeException wrongHost = catchThrowableOfType(
                () -> KubeApi.of(endpoint("https://localhost:" + port, serverPem, false, null, null)).get("/api"), KubeException.class);
        assertThat(wrongHost.getMessage()).contains("SSLHandshakeException");
    }

    @Test
    void insecureSkipTlsVerifyTrustsAnyCertificateAndHostName() throws Exception {
        int port = https();
        assertThat(KubeApi.of(endpoint("https://localhost:" + port, null, true, "t", null)).get("/api").orElseThrow()
                .path("authorization").asText()).isEqualTo("Bearer t");
    }

    @Test
    void theServiceAccountTokenIsReadFromItsFileAndReadAgainAsItRotates() throws Exception {
        int port = https();
        Path token = Files.writeString(dir.resolve("token"), "first\n");
        KubeEndpoint endpoint = endpoint("https://127.0.0.1:" + port, serverPem, false, null, token);
        KubeApi cached = KubeApi.of(endpoint);
        KubeApi rotating = new KubeApi(new JdkKubeTransport(endpoint, Duration.ZERO), null);
        assertThat(cached.get("/api").orElseThrow().path("authorization").asText()).isEqualTo("Bearer first");
        assertThat(rotating.get("/api").orElseThrow().path("authorization").asText()).isEqualTo("Bearer first");
        Files.writeString(token, "second\n");
        assertThat(cached.get("/api").orElseThrow().path("authorization").asText()).as("within a minute").isEqualTo("Bearer first");
        assertThat(rotating.get("/api").orElseThrow().path("authorization").asText()).isEqualTo("Bearer second");
    }

    @Test
    void aRefusedConnectionIsRetriedOnceAfterAPause() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        KubeApi api = KubeApi.of(endpoint("http://127.0.0.1:" + port, null, false, null, null));
        long start = System.nanoTime();
        KubeException down = catchThrowableOfType(() -> api.get("/api"), KubeException.class);
        assertThat(down.getMessage()).contains("ConnectException");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));

        int listening = port;
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(() -> {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), listening), 0);
                server.createContext("/", this::handle);
                server.start();
                servers.add(server);
                return server;
            }, 20, TimeUnit.MILLISECONDS);
            assertThat(api.get("/api").orElseThrow().path("method").asText()).as("the retry reached the server").isEqualTo("GET");
        } finally {
            later.shutdown();
        }
    }

    /** A server on loopback answering the first request of each path {@code firstStatus} with the given Retry-After, later ones 200. */
    private int busyOnce(int firstStatus, String retryAfter, List<String> seen) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean first;
            synchronized (seen) {
                first = seen.stream().noneMatch(s -> s.endsWith(" " + exchange.getRequestURI().getPath() + " " + body));
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " " + body);
            }
            if (first && firstStatus != 200) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter);
                }
                byte[] busy = "{\"kind\":\"Status\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(firstStatus, busy.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(busy);
                }
            } else {
                handle(exchange);
            }
        });
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }

    @Test
    void anOverloadedOrFailingServerIsAskedOnceMoreAfterItsRetryAfterForEveryVerb() throws Exception {
        List<String> seen = new ArrayList<>();
        KubeApi api = KubeApi.of(endpoint("http://127.0.0.1:" + busyOnce(503, "1", seen), null, false, null, null));
        long start = System.nanoTime();
        assertThat(api.get("/api").orElseThrow().path("method").asText()).isEqualTo("GET");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After: 1").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(seen).containsExactly("GET /api ", "GET /api ");

        List<String> patched = new ArrayList<>();
        KubeApi tooMany = KubeApi.of(endpoint("http://127.0.0.1:" + busyOnce(429, null, patched), null, false, null, null));
        start = System.nanoTime();
        tooMany.jsonPatch("/apis/g/v1/namespaces/ns/things/a", KubeApi.JSON.createArrayNode());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no Retry-After: 100 ms").isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(patched).containsExactly("PATCH /apis/g/v1/namespaces/ns/things/a []", "PATCH /apis/g/v1/namespaces/ns/things/a []");
    }

    @Test
    void aServerStillFailingAfterTheRetryIsReportedWithItsStatus() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> seen = new ArrayList<>();
        server.createContext("/", exchange -> {
            synchronized (seen) {
                seen.add(exchange.getRequestMethod());
            }
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        servers.add(server);
        KubeApi api = KubeApi.of(endpoint("http://127.0.0.1:" + server.getAddress().getPort(), null, false, null, null));
        KubeException failed = catchThrowableOfType(() -> api.get("/api"), KubeException.class);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(seen).containsExactly("GET", "GET");
    }

    @Test
    void theRetryPauseIsRetryAfterBetween100MillisecondsAnd5Seconds() {
        assertThat(JdkKubeTransport.retryPause(200, "3")).isNull();
        assertThat(JdkKubeTransport.retryPause(404, null)).isNull();
        assertThat(JdkKubeTransport.retryPause(429, null)).isEqualTo(Duration.ofMillis(100));
        assertThat(JdkKubeTransport.retryPause(503, "0")).isEqualTo(Duration.ofMillis(100));
        assertThat(JdkKubeTransport.retryPause(500, "2")).isEqualTo(Duration.ofSeconds(2));
        assertThat(JdkKubeTransport.retryPause(504, "3600")).isEqualTo(Duration.ofSeconds(5));
        assertThat(JdkKubeTransport.retryPause(503, "soon")).isEqualTo(Duration.ofMillis(100));
        String inAMinute = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(1));
        assertThat(JdkKubeTransport.retryPause(503, inAMinute)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aTokenTheHttpClientRefusesIsReportedWithoutItsValue() throws Exception {
        int port = https();
        KubeApi api = KubeApi.of(endpoint("https://127.0.0.1:" + port, serverPem, false, "s3cr3t\n", null));
        KubeException refused = catchThrowableOfType(() -> api.get("/api"), KubeException.class);
        assertThat(refused.getMessage()).isEqualTo("cannot send GET /api to https://127.0.0.1:" + port
                + ": a header value holds a character HTTP does not allow (the bearer token of test?)");
        assertThat(refused.getCause()).isNull();
        assertThat(refused.getMessage() + refused.hint()).doesNotContain("s3cr3t");
    }

    @Test
    void aListIsReadPageByPageAndAMissingCollectionIsEmpty() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/apis/g/v1/namespaces/ns/things", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            synchronized (queries) {
                queries.add(query);
            }
            String body = query.contains("continue=")
                    ? "{\"items\":[{\"metadata\":{\"name\":\"c\"}}],\"metadata\":{}}"
                    : "{\"items\":[{\"metadata\":{\"name\":\"a\"}},{\"metadata\":{\"name\":\"b\"}}],\"metadata\":{\"continue\":\"tok en/1\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        servers.add(server);
        KubeApi api = KubeApi.of(endpoint("http://127.0.0.1:" + server.getAddress().getPort(), null, false, null, null));

        List<ObjectNode> items = api.list("/apis/g/v1/namespaces/ns/things").orElseThrow();
        assertThat(items).extracting(i -> i.path("metadata").path("name").asText()).containsExactly("a", "b", "c");
        assertThat(queries).containsExactly("limit=500", "limit=500&continue=tok+en%2F1");
        assertThat(api.list("/apis/g/v2/namespaces/ns/things")).isEmpty();
    }
}
