package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoJsonException;
import dev.helmshift.chart.schema.golang.GoJsonStream;
import dev.helmshift.chart.schema.golang.GoQuote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schema documents that a values.schema.json references over http(s), fetched as helm v4's {@code HTTPURLLoader}
 * fetches them: a GET with a 15 s limit, redirects followed, the proxy from HTTPS_PROXY/HTTP_PROXY (NO_PROXY
 * honoured), and helm's error texts ({@code HTTP request to URL returned status 404 (Not Found)}, {@code HTTP request
 * failed for URL: Get "URL": dial tcp HOST:PORT: connect: connection refused}). A document is fetched once per
 * process: analyze checks every profile against the same schemas.
 */
final class RemoteSchemas {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Map<String, Object> FETCHED = new ConcurrentHashMap<>();
    private static final Map<Integer, String> STATUS_TEXT = Map.ofEntries(
            Map.entry(201, "Created"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private RemoteSchemas() {
    }

    static Object fetch(String url) throws SchemaException {
        Object cached = FETCHED.get(url);
        if (cached != null) {
            return cached;
        }
        Object document = get(url);
        FETCHED.put(url, document);
        return document;
    }

    private static Object get(String url) throws SchemaException {
        URI uri = URI.create(url);
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).proxy(proxyFor(uri)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", "Helm/4.1.4 helmshift")
                .GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SchemaException("HTTP request failed for " + url + ": Get " + GoQuote.quote(url) + ": "
                    + goReason(uri, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaException("HTTP request failed for " + url + ": Get " + GoQuote.quote(url)
                    + ": context canceled");
        }
        if (response.statusCode() != 200) {
            throw new SchemaException("HTTP request to " + url + " returned status " + response.statusCode() + " ("
                    + STATUS_TEXT.getOrDefault(response.statusCode(), "") + ")");
        }
        try {
            return GoJsonStream.decode(response.body());
        } catch (GoJsonException e) {
            throw new SchemaException(e.getMessage());
        }
    }

    /** Go's net/http wording of the common failures, so the message reads as helm's. */
    private static String goReason(URI uri, IOException e) {
        String host = uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return "context deadline exceeded (Client.Timeout exceeded while awaiting headers)";
        }
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();   // the JDK wraps the resolver's failure in two ConnectExceptions
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return "dial tcp: lookup " + host + nameServer().map(ns -> " on " + ns + ":53").orElse("")
                    + ": no such host";
        }
        if (e instanceof ConnectException) {
            return "dial tcp " + host + ":" + port + ": connect: connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Go's own resolver names the first nameserver of /etc/resolv.conf in a lookup error. */
    private static Optional<String> nameServer() {
        try (var lines = Files.lines(Path.of("/etc/resolv.conf"))) {
            return lines.map(String::strip).filter(l -> l.startsWith("nameserver"))
                    .map(l -> l.substring("nameserver".length()).strip()).findFirst();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Go's ProxyFromEnvironment: HTTPS_PROXY or HTTP_PROXY by scheme, unless NO_PROXY names the host. */
    private static ProxySelector proxyFor(URI uri) {
        String proxy = env(uri.getScheme().equals("https") ? "HTTPS_PROXY" : "HTTP_PROXY").orElse(null);
        if (proxy == null || noProxy(uri.getHost())) {
            return HttpClient.Builder.NO_PROXY;
        }
        URI p = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
        return ProxySelector.of(new InetSocketAddress(p.getHost(), p.getPort() < 0 ? 80 : p.getPort()));
    }

    private static boolean noProxy(String host) {
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")) {
            return true;
        }
        for (String entry : env("NO_PROXY").orElse("").split(",")) {
            String e = entry.strip().toLowerCase(Locale.ROOT);
            if (e.equals("*") || !e.isEmpty() && (host.equals(e.startsWith(".") ? e.substring(1) : e)
                    || host.endsWith(e.startsWith(".") ? e : "." + e))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> env(String name) {
        String upper = System.getenv(name);
        return Optional.ofNullable(upper != null && !upper.isBlank() ? upper : System.getenv(name.toLowerCase(Locale.ROOT)))
                .filter(v -> !v.isBlank());
    }
}
