package dev.helmshift.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Template sources of a chart folder keyed as helm names them ({@code istio/charts/pilot/templates/x.yaml}). */
public final class TestTemplates {
    private TestTemplates() {
    }

    public static Map<String, String> read(Path chart, String chartName) {
        Map<String, String> templates = new TreeMap<>();
        try (Stream<Path> files = Files.walk(chart)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = chart.relativize(f).toString();
                if (rel.contains("templates/")) {
                    templates.put(chartName + "/" + rel, Files.readString(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }
}
