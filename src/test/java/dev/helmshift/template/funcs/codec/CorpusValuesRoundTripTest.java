package dev.helmshift.template.funcs.codec;

import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A differential test on real data: every values file of ../shared/corpus is read by our YAML decoder (as Helm reads
 * values and fromYaml's input) and written back with toYaml, toYamlPretty and toJson; helm v4.1.4 does the same
 * through {@code .Files.Get} + fromYaml in a probe chart. Both must print the same bytes.
 */
class CorpusValuesRoundTripTest {

    @Test
    void corpusValuesFilesReadAndWriteBackExactlyAsHelmDoes() throws Exception {
        Path helm = TestTools.helm();
        Path corpus = TestTools.shared().resolve("corpus");
        List<Path> valuesFiles;
        try (Stream<Path> files = Files.walk(corpus)) {
            valuesFiles = files.filter(p -> p.getFileName().toString().matches("values.*\\.yaml"))
                    .filter(p -> !corpus.relativize(p).toString().contains("/templates/"))
                    .sorted().toList();
        }
        assertThat(valuesFiles).hasSizeGreaterThan(15);

        Path chart = Files.createTempDirectory("values-roundtrip");
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: roundtrip\nversion: 0.1.0\n");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("templates/out.txt"), String.join("\n",
                "{{- $v := fromYaml (.Files.Get \"data.yaml\") }}",
                "yaml: {{ toYaml $v | b64enc }}",
                "pretty: {{ toYamlPretty $v | b64enc }}",
                "json: {{ toJson $v | b64enc }}", ""));

        List<String> mismatches = new ArrayList<>();
        for (Path file : valuesFiles) {
            String text = Files.readString(file);
            Files.writeString(chart.resolve("data.yaml"), text);
            String helmOut = run(helm, chart);
            Object values = dev.helmshift.template.funcs.helm.HelmFunctions.fromYaml(text);
            check(mismatches, file, "yaml", helmOut, trim(GoYaml.marshalLikeHelm(values)));
            check(mismatches, file, "pretty", helmOut, trim(GoYaml.marshalPretty(values)));
            check(mismatches, file, "json", helmOut, GoJsonEncoder.marshal(values));
        }
        assertThat(mismatches).isEmpty();
    }

    private static String trim(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private static void check(List<String> mismatches, Path file, String key, String helmOut, String ours) {
        String expected = null;
        for (String line : helmOut.split("\n")) {
            if (line.startsWith(key + ": ")) {
                expected = new String(java.util.Base64.getDecoder().decode(line.substring(key.length() + 2).trim()),
                        StandardCharsets.UTF_8);
            }
        }
        if (!ours.equals(expected)) {
            mismatches.add(file.getParent().getFileName() + "/" + file.getFileName() + " " + key + ": first difference at "
                    + firstDifference(ours, expected == null ? "" : expected));
        }
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "ours «" + a.substring(from, Math.min(a.length(), i + 60)) + "» helm «"
                + b.substring(from, Math.min(b.length(), i + 60)) + "»";
    }

    private static String run(Path helm, Path chart) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(helm.toString(), "template", "x", chart.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
