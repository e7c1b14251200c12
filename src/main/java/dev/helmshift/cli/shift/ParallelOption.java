package dev.helmshift.cli.shift;

import dev.helmshift.error.BadInputException;
import picocli.CommandLine.Option;

/** How many rollouts a one-pass command works on at the same time. */
public class ParallelOption {
    static final int MAX = 64;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "8",
            description = "Rollouts worked on at the same time, each one request after the other (1-" + MAX + "; default: ${DEFAULT-VALUE}).")
    int parallel = 8;

    int value() {
        if (parallel < 1 || parallel > MAX) {
            throw new BadInputException("--parallel must be between 1 and " + MAX + ", got " + parallel,
                    "e.g. --parallel 8; each rollout sends its requests one after the other");
        }
        return parallel;
    }
}
