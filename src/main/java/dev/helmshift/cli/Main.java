package dev.helmshift.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import picocli.CommandLine;

/**
 * The entry point. Before Quarkus starts, it decides what the process may pay for: only {@code helmshift shift run}
 * enables the HTTP listener (for /q/metrics) and starts the scheduler. Every other command runs with neither, so two
 * {@code shift step} processes can run side by side and the analyzer starts fast. Both are runtime properties
 * ({@code quarkus.http.host-enabled}, {@code quarkus.scheduler.start-mode}), so this works in JVM and native mode.
 */
@QuarkusMain
public class Main implements QuarkusApplication {

    @Inject
    CommandLine commandLine;

    public static void main(String... args) {
        LongRunningMode.configure(args);
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        return commandLine.execute(args);
    }
}
