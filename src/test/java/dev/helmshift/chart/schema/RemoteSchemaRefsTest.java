package dev.helmshift.chart.schema;

import com.sun.net.httpserver.HttpServer;
import dev.helmshift.chart.load.ChartLoader;
import dev.helmshift.chart.values.ValueInputs;
import dev.helmshift.chart.values.ValuesResolver;
import dev.helmshift.testing.HelmRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A values.schema.json that references schemas over http, served on loopback: fetched and applied as helm v4 does,
 * with helm's texts when the fetch fails. Each case is also run through the real helm when it is installed.
 */
class RemoteSchemaRefsTest {
    private static HttpServer server;
    private static String base;

    @TempDir
    Path tmp;

    @BeforeAll
    static void serveSchemas() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"type\":\"object\",\"properties\":{\"port\":{\"type\":\"integer\"}}}".getBytes(StandardCharsets.UTF_8);
            boolean found = exchange.getRequestURI().getPath().equals("/port.json");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            if (found) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void aReferencedRemoteSchemaIsFetchedAndApplied() throws IOException {
        assertRefusedAsHelmDoes(base + "/port.json", "c:\n- at '/port': got string, want integer\n");
    }

    @Test
    void aMissingRemoteSchemaGivesHelmsStatusText() throws IOException {
        String url = base + "/missing.json";
        assertRefusedAsHelmDoes(url, "c:\nfailing loading \"" + url + "\": HTTP request to " + url
                + " returned status 404 (Not Found)");
    }

    @Test
    void anUnreachableServerGivesGosDialError() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/port.json";
        assertRefusedAsHelmDoes(url, "c:\nfailing loading \"" + url + "\": HTTP request failed for " + url + ": Get \""
                + url + "\": dial tcp 127.0.0.1:" + closed + ": connect: connection refused");
    }

    private void assertRefusedAsHelmDoes(String ref, String section) throws IOException {
        Path chart = chartReferencing(ref);
        String expected = SchemaViolation.HEADER + "\n" + section;

        SchemaCheck ours = ValuesSchemas.check(ValuesResolver.resolve(ChartLoader.load(chart), ValueInputs.profile("default")));

        assertThat(ours.failure()).get().extracting(SchemaViolation::message).isEqualTo(expected);
        if (helmInstalled()) {
            HelmRunner.Result helm = HelmRunner.template("x", chart, List.of());
            assertThat(helm.output()).startsWith("Error: " + expected);
        }
    }

    private Path chartReferencing(String ref) throws IOException {
        Path chart = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: c\nversion: 0.1.0\n");
        Files.writeString(chart.resolve("values.yaml"), "port: \"80\"\n");
        Files.writeString(chart.resolve("values.schema.json"), "{\"$ref\": \"" + ref + "\"}");
        return chart;
    }

    private static boolean helmInstalled() {
        Path helm = Path.of(System.getProperty("helmshift.helm", ".tools/helm/helm"));
        return Files.isExecutable(helm);
    }
}
