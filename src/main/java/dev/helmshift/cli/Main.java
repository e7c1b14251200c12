package dev.helmshift.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * The entry point. Before Quarkus starts, it decides what the process may pay for: the one-pass shift commands run
 * without Quarkus at all ({@link LeanLaunch}); only {@code helmshift shift run} starts the scheduler (and serves
 * /q/metrics itself, see cli.shift.RunMetrics); every other command runs without, so the analyzer starts fast.
 * {@code quarkus.scheduler.start-mode} is a runtime property, so this works in JVM and native mode.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    CommandLine commandLine;

    public static void main(String... args) {
        if (LeanLaunch.handles(args)) {
            System.exit(LeanLaunch.run(args));
        }
        LongRunningMode.configure(args);
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        return commandLine.execute(args);
    }
}
