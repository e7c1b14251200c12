package dev.helmshift.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * bin/helmshift and bin/helmshift-cache as a user runs them, on a copy of the packaged application (failsafe runs this
 * after `package`): arguments and exit codes pass through, the cache script trains both jobs, and the launcher uses a
 * cache only while it is newer than the application. Also `shift demo --serve`, which the cache script and
 * bench/startup.sh step against.
 */
class LauncherIT {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = ROOT.resolve("bin/helmshift");
    static final Path CACHE_SCRIPT = ROOT.resolve("bin/helmshift-cache");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    static Path home;
    /**
     * A private copy of target/quarkus-app, so caches and touched files never affect other tests; in a folder whose
     * name holds a space, as an install path may, so every test also shows the launchers quote the paths they pass.
     */
    static Path app;

    @BeforeAll
    static void copyApplication() throws IOException {
        app = Files.createDirectories(home.resolve("helmshift app"));
        Path built = ROOT.resolve("target/quarkus-app");
        assumeTrue(Files.isRegularFile(built.resolve("quarkus-run.jar")), "the application is not packaged");
        try (Stream<Path> files = Files.walk(built)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = app.resolve(built.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.startsWith(built.resolve("cache"))) {
                    Files.copy(source, target);
                }
            }
        }
    }

    record Run(int exitCode, String stdout, String stderr) {
    }

    static Run run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("HELMSHIFT_HOME", app.toString());
        builder.environment().put("HELMSHIFT_JAVA", JAVA);
        builder.environment().remove("HELMSHIFT_CACHE");
        builder.environment().remove("HELMSHIFT_DEBUG");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished within 180 s: %s", List.of(command)).isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    static Run helmshift(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(env, command.toArray(String[]::new));
    }

    @Test
    void theLauncherPassesArgumentsOutputAndExitCodesThrough() throws Exception {
        assertThat(helmshift(Map.of(), "--version")).isEqualTo(new Run(0, "helmshift 0.1.0\n", ""));
        Run missing = helmshift(Map.of(), "analyze", "no-such-chart");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stdout()).isEmpty();
        assertThat(missing.stderr()).startsWith("helmshift: ");
    }

    @Test
    void aLinkToTheLauncherFindsTheApplicationNextToTheScriptItself(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("target/quarkus-app/quarkus-run.jar")), "the application is not packaged");
        Path link = Files.createSymbolicLink(dir.resolve("helmshift"), LAUNCHER);
        Path linkToLink = Files.createSymbolicLink(dir.resolve("hs"), link);
        for (Path launcher : List.of(link, linkToLink)) {
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version").directory(dir.toFile());
            builder.environment().remove("HELMSHIFT_HOME");
            builder.environment().put("HELMSHIFT_JAVA", JAVA);
            builder.environment().put("HELMSHIFT_CACHE", "off");
            Process process = builder.redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(output).as(launcher.toString()).isEqualTo("helmshift 0.1.0\n");
            assertThat(process.exitValue()).isZero();
        }
    }

    @Test
    void aLogFormatJBossCannotReadIsBadInputOnTheLeanLaunchOfAStep(@TempDir Path dir) throws Exception {
        Run step = helmshift(Map.of("QUARKUS_LOG_CONSOLE_FORMAT", "%q", "HELMSHIFT_CACHE", "off"),
                "shift", "step", "--policy", dir.resolve("none.yaml").toString());
        assertThat(step.exitCode()).as(step.stderr()).isEqualTo(2);
        assertThat(step.stdout()).isEmpty();
        assertThat(step.stderr()).startsWith("helmshift: the setting quarkus.log.console.format is \"%q\", which is no log format: ")
                .doesNotContain("\tat ");
    }

    @Test
    void theLauncherRunsShortCommandsOnC1AndTheSerialGcAndTheLoopOnTheJvmDefaults() throws Exception {
        Map<String, String> debug = Map.of("HELMSHIFT_DEBUG", "1");
        assertThat(firstLine(helmshift(debug, "--version").stderr()))
                .startsWith("helmshift: " + JAVA + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData ");
        assertThat(firstLine(helmshift(debug, "shift", "run", "--help").stderr()))
                .startsWith("helmshift: " + JAVA + "  ").doesNotContain("TieredStopAtLevel");
    }

    @Test
    void theCacheScriptTrainsBothJobsAndTheLauncherUsesEachOnlyWhileItIsNewerThanTheApplication() throws Exception {
        Run cache = run(Map.of(), CACHE_SCRIPT.toString());
        assertThat(cache.exitCode()).as(cache.stderr()).isZero();
        String suffix = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
        Path analyzeCache = app.resolve("cache/jdk" + Runtime.version().feature() + "-analyze" + suffix);
        Path shiftCache = app.resolve("cache/jdk" + Runtime.version().feature() + "-shift" + suffix);
        assertThat(cache.stdout().lines().toList()).hasSize(2)
                .satisfiesExactly(l -> assertThat(l).startsWith("helmshift-cache: " + analyzeCache + " ("),
                        l -> assertThat(l).startsWith("helmshift-cache: " + shiftCache + " ("));
        assertThat(analyzeCache).isRegularFile();
        assertThat(shiftCache).isRegularFile();

        Map<String, String> debug = Map.of("HELMSHIFT_DEBUG", "1");
        String chart = ROOT.resolve("charts-fixtures/mini-istio").toString();
        Run cached = helmshift(debug, "analyze", chart, "--all-profiles", "-o", "json");
        Run uncached = helmshift(Map.of("HELMSHIFT_CACHE", "off"), "analyze", chart, "--all-profiles", "-o", "json");
        assertThat(firstLine(cached.stderr())).contains(" " + cacheOption(analyzeCache) + " ");
        assertThat(cached.exitCode()).isEqualTo(uncached.exitCode()).isZero();
        assertThat(cached.stdout()).isEqualTo(uncached.stdout()).startsWith("{");
        assertThat(cached.stderr().lines().skip(1).toList()).isEmpty();
        assertThat(firstLine(helmshift(debug, "shift", "status", "--help").stderr())).contains(" " + cacheOption(shiftCache) + " ");


        Files.setLastModifiedTime(app.resolve("quarkus-run.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        Run stale = helmshift(debug, "--version");
        assertThat(firstLine(stale.stderr())).doesNotContain("-XX:AOTCache").doesNotContain("-XX:SharedArchiveFile");
        assertThat(stale.stdout()).isEqualTo("helmshift 0.1.0\n");
    }

    @Test
    void demoServeWritesAKubeconfigAndAPolicyThatTheStepCommandsDrive(@TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LAUNCHER.toString(), "shift", "demo", "--serve", dir.toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().put("HELMSHIFT_HOME", app.toString());
        builder.environment().put("HELMSHIFT_JAVA", JAVA);
        Process server = builder.start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (!Files.exists(dir.resolve("kubeconfig")) && server.isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(dir.resolve("kubeconfig")).as(Files.readString(dir.resolve("server.log"))).isRegularFile();
            assertThat(Files.readString(dir.resolve("server.log"))).contains("try: KUBECONFIG=" + dir.resolve("kubeconfig")
                    + " helmshift shift step --policy " + dir.resolve("policy.yaml"));
            Map<String, String> env = Map.of("KUBECONFIG", dir.resolve("kubeconfig").toString());
            String policy = dir.resolve("policy.yaml").toString();
            Run first = helmshift(env, "shift", "step", "--policy", policy);
            assertThat(first.exitCode()).as(first.stderr()).isZero();
            assertThat(first.stdout()).contains("flaskapp-demo  default/flaskapp  ADVANCE  Progressing  0%");
            Thread.sleep(1100);
            Run second = helmshift(env, "shift", "step", "--policy", policy);
            assertThat(second.stdout()).contains("ADVANCE  Progressing  10%     advanced to v2=10% (step 1/5, checks passed)");
            Run status = helmshift(env, "shift", "status", "--policy", policy, "-o", "json");
            assertThat(status.exitCode()).isZero();
            assertThat(status.stdout()).contains("\"phase\" : \"Progressing\"").contains("\"weight\" : 10");
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the demo server stops on SIGTERM").isTrue();
        }
    }

    static String cacheOption(Path cache) {
        return (cache.toString().endsWith(".aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache;
    }

    static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
