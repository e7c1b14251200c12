package dev.helmshift.shift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Istio telemetry over Prometheus' HTTP API ({@code /api/v1/query}): the success rate (non-5xx) of requests to the
 * target workload from {@code istio_requests_total}, and p99 latency from
 * {@code istio_request_duration_milliseconds_bucket}, over the policy's window. Fewer than {@code minRequests} requests
 * means no data, handled by {@code onNoData}. Prometheus unreachable or answering an error is inconclusive.
 */
public final class PrometheusGate {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;

    public PrometheusGate(HttpClient http) {
        this.http = http;
    }

    /** The label selector for the target workload; label values are escaped for PromQL. */
    static String selector(String namespace, String workload) {
        return "{destination_workload_namespace=\"" + escape(namespace) + "\",destination_workload=\"" + escape(workload) + "\"";
    }

    /** Escapes a PromQL double-quoted string: backslash, double quote and line breaks. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String requestsQuery(String selectorOpen, String window, boolean errorsOnly) {
        String labels = selectorOpen + (errorsOnly ? ",response_code=~\"5..\"}" : "}");
        // Istio reports each request from both sides when sidecars run on both: count one reporter, whichever is there.
        return "max(sum by (reporter) (increase(istio_requests_total" + labels + "[" + window + "])))";
    }

    static String latencyQuery(String selectorOpen, String window) {
        return "histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket" + selectorOpen + "}[" + window + "])) by (le))";
    }

    /** Runs the configured checks for {@code workload} in {@code namespace}. */
    public List<CheckResult> check(ShiftPolicy.Prometheus gate, String namespace, String workload) {
        String sel = selector(namespace, workload);
        List<CheckResult> results = new ArrayList<>();
        Double total;
        Double errors;
        try {
            total = query(gate, requestsQuery(sel, gate.window(), false));
            errors = query(gate, requestsQuery(sel, gate.window(), true));
        } catch (QueryException e) {
            results.add(CheckResult.inconclusive("prometheus", e.getMessage()));
            return results;
        }
        double requests = total == null || total.isNaN() ? 0 : total;
        if (requests < Math.max(gate.minRequests(), 1) || requests == 0) {
            String why = String.format(Locale.ROOT, "%.0f request(s) to %s in %s, need %d", requests, workload, gate.window(), gate.minRequests());
            results.add(switch (gate.onNoData()) {
                case HOLD -> CheckResult.inconclusive("prometheus.requests", why + " (onNoData: hold)");
                case FAIL -> CheckResult.failure("prometheus.requests", requests, why + " (onNoData: fail)");
                case PASS -> CheckResult.success("prometheus.requests", requests, why + " (onNoData: pass)");
            });
            return results;
        }
        if (gate.successRateMin() != null) {
            double failed = errors == null || errors.isNaN() ? 0 : errors;
            double rate = round(100.0 * (requests - failed) / requests);
            String why = String.format(Locale.ROOT, "success rate %.2f%% (min %s%%) over %.0f requests", rate, plain(gate.successRateMin()), requests);
            results.add(rate >= gate.successRateMin() ? CheckResult.success("prometheus.successRate", rate, why)
                    : CheckResult.failure("prometheus.successRate", rate, why));
        }
        if (gate.latencyP99MsMax() != null) {
            Double p99;
            try {
                p99 = query(gate, latencyQuery(sel, gate.window()));
            } catch (QueryException e) {
                results.add(CheckResult.inconclusive("prometheus.latencyP99Ms", e.getMessage()));
                return results;
            }
            if (p99 == null || p99.isNaN()) {
                results.add(CheckResult.inconclusive("prometheus.latencyP99Ms", "no latency histogram for " + workload));
            } else {
                double v = round(p99);
                String why = String.format(Locale.ROOT, "p99 %sms (max %sms)", plain(v), plain(gate.latencyP99MsMax()));
                results.add(v <= gate.latencyP99MsMax() ? CheckResult.success("prometheus.latencyP99Ms", v, why)
                        : CheckResult.failure("prometheus.latencyP99Ms", v, why));
            }
        }
        if (results.isEmpty()) {
            results.add(CheckResult.success("prometheus.requests", requests, String.format(Locale.ROOT, "%.0f requests", requests)));
        }
        return results;
    }

    /** The first sample of an instant vector or scalar; null when the result is empty. */
    Double query(ShiftPolicy.Prometheus gate, String promql) {
        String base = gate.url().toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(gate.timeout()).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new QueryException("Prometheus at " + base + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryException("interrupted while querying Prometheus");
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new QueryException("Prometheus answered HTTP " + response.statusCode() + " with no JSON");
        }
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new QueryException("Prometheus answered HTTP " + response.statusCode() + ": " + body.path("error").asText(""));
        }
        JsonNode data = body.path("data");
        JsonNode value;
        if ("scalar".equals(data.path("resultType").asText())) {
            value = data.path("result");
        } else {
            JsonNode result = data.path("result");
            if (!result.isArray() || result.isEmpty()) {
                return null;
            }
            value = result.get(0).path("value");
        }
        String text = value.path(1).asText("NaN");
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A query that could not be evaluated: inconclusive, never a failure. */
    static final class QueryException extends RuntimeException {
        QueryException(String message) {
            super(message, null, false, false);
        }
    }
}
