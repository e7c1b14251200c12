package dev.helmshift.shift.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Answers Prometheus' /api/v1/query on a loopback port with Istio-like figures for the demo: 200 requests per window,
 * p99 of 120 ms, and 10% of 5xx once the target's weight reaches {@code failAt} (never when failAt is 0).
 */
public final class SimulatedPrometheus implements AutoCloseable {
    private final HttpServer server;
    private final IntSupplier weight;
    private final int failAt;

    public SimulatedPrometheus(IntSupplier weight, int failAt) {
        this.weight = weight;
        this.failAt = failAt;
        // As a real Prometheus (Go's HTTP server) does: without TCP_NODELAY the JDK's server sends headers and body in
        // two writes and every answer waits for the client's delayed ACK, ~40 ms per query (measured here). The JDK
        // reads this property once, when its first server starts; the demo's simulation is the first.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for the simulated Prometheus", e);
        }
        server.createContext("/api/v1/query", this::answer);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawQuery();
        String query = raw == null ? "" : URLDecoder.decode(raw.replaceFirst("^query=", ""), StandardCharsets.UTF_8);
        boolean failing = failAt > 0 && weight.getAsInt() >= failAt;
        double value;
        if (query.contains("histogram_quantile")) {
            value = failing ? 180 : 120;
        } else if (query.contains("response_code=~\"5..\"")) {
            value = failing ? 20 : 0;
        } else {
            value = 200;
        }
        String body = String.format(Locale.ROOT,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[%d,\"%s\"]}]}}",
                System.currentTimeMillis() / 1000, value);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
