package dev.helmshift.template.funcs;

import dev.helmshift.testing.TestTools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders one template with the real helm in a copy of the probe chart src/test/resources/funcs-probe (its
 * Chart.yaml and values.yaml), as {@code helm template probe CHART}: the differential tests of the function cases
 * record helm's answers this way. Skips the calling test when helm is not installed.
 */
final class HelmProbe {
    private HelmProbe() {
    }

    /** The name helm gives the probe template in its messages. */
    static final String TEMPLATE_NAME = "funcs-probe/templates/probe.yaml";

    /** What helm answered: its exit code and its stdout and stderr together. */
    record Result(int exitCode, String output) {
        /** The text of helm's error, without its "Error: " prefix and trailing hint. */
        String error() {
            String text = output.strip();
            text = text.replaceFirst("\\n*Use --debug flag to render out invalid YAML$", "");
            return text.startsWith("Error: ") ? text.substring("Error: ".length()) : text;
        }
    }

    static Result render(String template) throws IOException, InterruptedException {
        Path helm = TestTools.helm();
        Path chart = Files.createTempDirectory("funcs-probe");
        try {
            Path probe = Path.of("src/test/resources/funcs-probe");
            Files.copy(probe.resolve("Chart.yaml"), chart.resolve("Chart.yaml"));
            Files.copy(probe.resolve("values.yaml"), chart.resolve("values.yaml"));
            Files.createDirectories(chart.resolve("templates"));
            Files.writeString(chart.resolve("templates/probe.yaml"), template);
            Process process = new ProcessBuilder(helm.toString(), "template", "probe", chart.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("helm did not finish within 120 s");
            }
            return new Result(process.exitValue(), output);
        } finally {
            try (Stream<Path> files = Files.walk(chart)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
