package dev.helmshift.shift;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * HTTP probes with headers and expectations on status and body. A wrong status or body is a failure; a probe that
 * cannot be carried out (timeout, connection refused, DNS) is inconclusive, like an unreachable Prometheus.
 */
public final class HttpGate {
    private static final int BODY_LIMIT = 64 * 1024;
    private final HttpClient http;

    public HttpGate(HttpClient http) {
        this.http = http;
    }

    public CheckResult check(ShiftPolicy.HttpProbe probe) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(probe.url()).timeout(probe.timeout());
        probe.headers().forEach(builder::header);
        builder.method(probe.method(), HttpRequest.BodyPublishers.noBody());
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return CheckResult.inconclusive(probe.name(), probe.method() + " " + probe.url() + " timed out after " + Durations.format(probe.timeout()));
        } catch (IOException e) {
            return CheckResult.inconclusive(probe.name(), probe.method() + " " + probe.url() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.inconclusive(probe.name(), "interrupted");
        }
        double millis = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
        int status = response.statusCode();
        boolean statusOk = probe.expectStatus() == null ? status >= 200 && status < 300 : status == probe.expectStatus();
        if (!statusOk) {
            return CheckResult.failure(probe.name(), (double) status, probe.method() + " " + probe.url() + " answered " + status
                    + ", expected " + (probe.expectStatus() == null ? "2xx" : probe.expectStatus()));
        }
        String body = response.body() == null ? "" : response.body();
        if (body.length() > BODY_LIMIT) {
            body = body.substring(0, BODY_LIMIT);
        }
        if (probe.bodyContains() != null && !body.contains(probe.bodyContains())) {
            return CheckResult.failure(probe.name(), (double) status, probe.method() + " " + probe.url()
                    + " body does not contain '" + probe.bodyContains() + "'");
        }
        return CheckResult.success(probe.name(), (double) status, probe.method() + " " + probe.url() + " answered " + status + " in " + millis + "ms");
    }
}
