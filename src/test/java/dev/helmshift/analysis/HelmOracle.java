package dev.helmshift.analysis;

import dev.helmshift.render.RenderedDocument;
import dev.helmshift.testing.TestTools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders with the real helm (skipping the test when absent) and splits its output into documents, for analysis tests. */
public final class HelmOracle {
    private HelmOracle() {
    }

    public static List<RenderedDocument> template(Path chart, String... extraArgs) {
        List<String> command = new ArrayList<>(List.of(TestTools.helm().toString(), "template", "istio", chart.toString(),
                "--namespace", "istio-system"));
        command.addAll(List.of(extraArgs));
        try {
            Path out = Files.createTempFile("helm", ".yaml");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("helm failed: " + command);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            return split(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Splits {@code helm template} output at {@code ---} lines, reading each {@code # Source:} header. */
    public static List<RenderedDocument> split(String output) {
        List<RenderedDocument> docs = new ArrayList<>();
        for (String chunk : output.split("(?m)^---\\s*$")) {
            String body = chunk.strip();
            if (!body.startsWith("# Source: ")) {
                continue;
            }
            int nl = body.indexOf('\n');
            String source = (nl < 0 ? body : body.substring(0, nl)).substring("# Source: ".length()).trim();
            docs.add(new RenderedDocument(source, nl < 0 ? "" : body.substring(nl + 1) + "\n"));
        }
        return docs;
    }

    public static List<RenderedDocument> resource(String name) {
        try (var in = HelmOracle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
