package dev.helmshift.cli.shift;

import dev.helmshift.k8s.RouteEditor;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ShiftCliTest} against the packaged application (the jar, or the native binary with -Pnative). The API server
 * and the HTTP gate's app run in this JVM; the launched process reaches them through the kubeconfig named by its
 * KUBECONFIG variable (see TestKubeconfig) and loopback URLs.
 */
@QuarkusMainIntegrationTest
class ShiftCliIT extends ShiftCliTest {

    /** Only a launched process runs cli.Main, which starts the scheduler for `shift run` before Quarkus starts. */
    @Test
    void runStepsThePolicyAtItsIntervalUntilPromotedAndExitsZero(QuarkusMainLauncher launcher) throws Exception {
        Path p = policy("flaskapp", name, "1s", 3);
        LaunchResult run = launcher.launch("shift", "run", "--policy", p.toString(), "--metrics-port", "0");
        assertThat(run.exitCode()).as(run.getErrorOutput()).isZero();
        assertThat(run.getOutput().lines().reduce((first, last) -> last).orElseThrow())
                .containsPattern("flaskapp\\s+default/" + name + "\\s+\\[#+\\]\\s+100%\\s+Promoted");
        RouteEditor.LiveRoute route = new RouteEditor("default", "flaskapp", "v1", "v2").read(vs(), null);
        assertThat(route.fromWeight()).isZero();
        assertThat(route.toWeight()).isEqualTo(100);
    }
}
