package dev.helmshift.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the real parts they compare against: ../shared (the Istio corpus), the helm oracle and
 * Prometheus. Maven passes the locations as system properties (see pom.xml); each accessor skips the calling test
 * through a JUnit assumption when the part is absent, so a fresh clone without ../shared still passes.
 */
public final class TestTools {
    private TestTools() {
    }

    /** The project root (the working directory of Surefire). */
    public static Path projectDir() {
        return Path.of("").toAbsolutePath();
    }

    /** ../shared beside the project; skips the test when it is absent. */
    public static Path shared() {
        Path dir = Path.of(System.getProperty("helmshift.shared", projectDir().resolve("../shared").toString()))
                .toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("corpus")), "../shared/corpus is absent: " + dir);
        return dir;
    }

    /** A chart of the Istio corpus, e.g. {@code corpus("istio-1.0.4/istio")}; skips when absent. */
    public static Path corpus(String relative) {
        Path dir = shared().resolve("corpus").resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus chart is absent: " + dir);
        return dir;
    }

    /** One of our own fixture charts under charts-fixtures/. */
    public static Path fixture(String name) {
        return projectDir().resolve("charts-fixtures").resolve(name);
    }

    /** The helm v4.1.4 oracle binary; skips the test when it is not installed (bash .ci/install-tools). */
    public static Path helm() {
        String configured = System.getProperty("helmshift.helm", projectDir().resolve(".tools/helm/helm").toString());
        Path helm = Path.of(configured);
        Assumptions.assumeTrue(Files.isExecutable(helm), "helm oracle is absent (run bash .ci/install-tools): " + helm);
        return helm;
    }

    /**
     * Microsoft's SARIF Multitool (npm {@code @microsoft/sarif-multitool-linux}), which validates SARIF against the
     * 2.1.0 schema and GitHub code scanning's ingestion rules; skips the test when it is not installed
     * (bash .ci/install-tools).
     */
    public static Path sarifMultitool() {
        Path tool = Path.of(System.getProperty("helmshift.sarif-multitool",
                projectDir().resolve(".tools/sarif-multitool/Sarif.Multitool").toString()));
        Assumptions.assumeTrue(Files.isExecutable(tool), "the SARIF Multitool is absent (run bash .ci/install-tools): " + tool);
        return tool;
    }

    /**
     * What .ci/install-tools puts in .tools/ci-schemas: the GitHub workflow validator (@action-validator/core) and
     * GitLab CI's schema as JSON; skips the test when {@code name} is absent there.
     */
    public static Path ciSchema(String name) {
        Path file = Path.of(System.getProperty("helmshift.ci-schemas", projectDir().resolve(".tools/ci-schemas").toString()))
                .resolve(name);
        Assumptions.assumeTrue(Files.exists(file), "CI schema is absent (run bash .ci/install-tools): " + file);
        return file;
    }

    /** A program on the PATH, e.g. {@code node} or {@code git}; skips the test when there is none. */
    public static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort(program + " is not on the PATH");
        return null;
    }

    /** The Prometheus binary; skips the test when it is not installed. */
    public static Path prometheus() {
        Path prometheus = Path.of(System.getProperty("helmshift.prometheus", "/usr/bin/prometheus"));
        Assumptions.assumeTrue(Files.isExecutable(prometheus), "prometheus is absent: " + prometheus);
        return prometheus;
    }
}
