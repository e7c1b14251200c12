package dev.helmshift.cli.shift;

import com.sun.net.httpserver.HttpServer;
import dev.helmshift.error.BadInputException;
import dev.helmshift.shift.Phase;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * The gauges of {@code shift run} in Prometheus' text format (0.0.4) at /q/metrics and /metrics, served by the JDK's
 * own HTTP server. Three gauges do not justify an HTTP stack and a metrics library, which every short-lived command
 * would pay for at start-up.
 */
final class RunMetrics implements AutoCloseable {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** One rollout as the gauges show it; phase is null before its first step. */
    record Rollout(String policy, String namespace, String virtualService, int weight, int failedChecks, Phase phase) {
    }

    private final HttpServer server;

    private RunMetrics(HttpServer server) {
        this.server = server;
    }

    /** Listens on every interface at {@code port} (0: a free one), answering from {@code rollouts} at each scrape. */
    static RunMetrics serve(int port, Supplier<List<Rollout>> rollouts) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new BadInputException("cannot serve metrics on port " + port + ": " + e.getMessage(),
                    "choose a free port with --metrics-port");
        }
        for (String path : List.of("/q/metrics", "/metrics")) {
            server.createContext(path, exchange -> {
                try (exchange) {
                    if (!exchange.getRequestURI().getPath().equals(path)) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    byte[] body = text(rollouts.get()).getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
        }
        server.start();
        return new RunMetrics(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    static String text(List<Rollout> rollouts) {
        StringBuilder out = new StringBuilder();
        gauge(out, "helmshift_shift_weight", "Percent of traffic on the target subset");
        rollouts.forEach(r -> sample(out, "helmshift_shift_weight", labels(r, null), r.weight()));
        gauge(out, "helmshift_shift_failed_checks", "Failed checks since the last weight change");
        rollouts.forEach(r -> sample(out, "helmshift_shift_failed_checks", labels(r, null), r.failedChecks()));
        gauge(out, "helmshift_shift_phase", "1 for the rollout's current phase");
        for (Rollout r : rollouts) {
            for (Phase phase : Phase.values()) {
                sample(out, "helmshift_shift_phase", labels(r, phase), phase == r.phase() ? 1 : 0);
            }
        }
        return out.toString();
    }

    private static void gauge(StringBuilder out, String name, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder out, String name, String labels, int value) {
        out.append(name).append('{').append(labels).append("} ").append(value).append('\n');
    }

    private static String labels(Rollout r, Phase phase) {
        String labels = "namespace=\"" + escape(r.namespace()) + "\",policy=\"" + escape(r.policy())
                + "\",virtual_service=\"" + escape(r.virtualService()) + "\"";
        return phase == null ? labels : labels + ",phase=\"" + phase.name() + "\"";
    }

    /** The exposition format escapes backslash, double quote and line feed in label values. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
