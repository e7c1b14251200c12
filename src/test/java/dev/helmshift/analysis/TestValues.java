package dev.helmshift.analysis;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A test-only stand-in for the chart loader's coalescing, good enough for the corpus: the chart's values.yaml, with
 * each charts/NAME/values.yaml under NAME where the parent does not set the key.
 */
public final class TestValues {
    private TestValues() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path file) {
        try {
            Object loaded = new Yaml().load(Files.readString(file));
            return loaded instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> coalescedDefaults(Path chart) {
        Map<String, Object> root = read(chart.resolve("values.yaml"));
        Path charts = chart.resolve("charts");
        if (Files.isDirectory(charts)) {
            try (Stream<Path> subs = Files.list(charts)) {
                for (Path sub : subs.filter(p -> Files.isRegularFile(p.resolve("values.yaml"))).sorted().toList()) {
                    String name = sub.getFileName().toString();
                    Map<String, Object> defaults = coalescedDefaults(sub);
                    Object parent = root.get(name);
                    root.put(name, parent instanceof Map<?, ?> p ? merge(castMap(p), defaults) : defaults);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** Deep merge: {@code over} wins, maps merge. */
    public static Map<String, Object> merge(Map<String, Object> over, Map<String, Object> under) {
        Map<String, Object> out = new LinkedHashMap<>(under);
        over.forEach((k, v) -> {
            Object u = out.get(k);
            out.put(k, v instanceof Map<?, ?> vm && u instanceof Map<?, ?> um ? merge(castMap(vm), castMap(um)) : v);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    public static List<String> profiles(Path chart) {
        try (Stream<Path> files = Files.list(chart)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("values-") && n.endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
