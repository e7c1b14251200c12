package dev.helmshift.render.conformance;

import dev.helmshift.gobytes.GoBytes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real {@code helm template} and caches what it printed under target/helm-cache, keyed by the helm binary,
 * the arguments and the content of every file of the chart, so the differential suite runs helm once per
 * combination and stays fast on re-runs.
 */
final class HelmOracle {
    private final Path helm;
    private final Path cacheDir;

    HelmOracle(Path helm, Path cacheDir) {
        this.helm = helm;
        this.cacheDir = cacheDir;
    }

    /** What helm printed (as Go strings: {@link GoBytes}) and its exit code. */
    record Run(int exitCode, String stdout, String stderr) {
        /** Helm's error without the "Error: " prefix and the "Use --debug" advice, or null on success. */
        String error() {
            if (exitCode == 0) {
                return null;
            }
            String text = stderr.lines().filter(line -> !line.startsWith("level=")).reduce((a, b) -> a + "\n" + b)
                    .orElse("");
            int start = text.indexOf("Error: ");
            text = start < 0 ? text : text.substring(start + "Error: ".length());
            int advice = text.indexOf("\n\nUse --debug flag");
            return (advice < 0 ? text : text.substring(0, advice)).strip();
        }
    }

    /** {@code helm template RELEASE CHART ARGS...}, from the cache when the same chart content ran before. */
    Run template(String release, Path chart, List<String> args) {
        return template(release, chart, args, 1);
    }

    /**
     * The {@code attempt}-th run of the same command: a later run tells which values helm itself prints differently
     * each time (random passwords, generated certificates, {@code now}). It always runs anew, since the first run may
     * come from a cache written long before, and values from {@code now} differ only between runs apart in time.
     */
    Run template(String release, Path chart, List<String> args, int attempt) {
        List<String> command = new ArrayList<>(List.of(helm.toString(), "template", release, chart.toString()));
        command.addAll(args);
        String key = key(chart, command) + (attempt == 1 ? "" : "-" + attempt);
        Path out = cacheDir.resolve(key + ".out");
        Path err = cacheDir.resolve(key + ".err");
        Path rc = cacheDir.resolve(key + ".rc");
        try {
            if (attempt > 1 || !Files.exists(rc)) {
                Files.createDirectories(cacheDir);
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("helm did not finish in 120 s: " + command);
                }
                Files.writeString(rc, Integer.toString(process.exitValue()));
            }
            // As Go strings: a template may render bytes that are not UTF-8, which GoBytes keeps as they are.
            return new Run(Integer.parseInt(Files.readString(rc).strip()),
                    GoBytes.decode(Files.readAllBytes(out)), GoBytes.decode(Files.readAllBytes(err)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String key(Path chart, List<String> command) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\u0000", command).getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(chart)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(chart.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
