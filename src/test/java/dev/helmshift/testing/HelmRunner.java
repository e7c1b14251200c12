package dev.helmshift.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real helm ({@link TestTools#helm()}, skipping when absent) and returns what it printed. */
public final class HelmRunner {
    private HelmRunner() {
    }

    /** The outcome of one helm run: exit code and stdout+stderr. */
    public record Result(int exitCode, String output) {
    }

    /** {@code helm template RELEASE CHART ARGS...}. */
    public static Result template(String release, Path chart, List<String> args) {
        List<String> command = new ArrayList<>(List.of(TestTools.helm().toString(), "template", release, chart.toString()));
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("helm did not finish: " + command);
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run helm: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
