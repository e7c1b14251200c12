package dev.helmshift.cli;

import java.util.List;

/** Starts the scheduler for {@code shift run} only, by a system property set before start-up. */
final class LongRunningMode {
    private LongRunningMode() {
    }

    static void configure(String... args) {
        List<String> words = List.of(args);
        int shift = words.indexOf("shift");
        if (shift >= 0 && shift + 1 < words.size() && words.get(shift + 1).equals("run")) {
            System.setProperty("quarkus.scheduler.start-mode", "forced");
        }
    }
}
