package dev.helmshift.cli;

import java.util.List;

/** Turns on the HTTP listener and the scheduler for {@code shift run} only, by system properties set before start-up. */
final class LongRunningMode {
    static final String METRICS_PORT = "--metrics-port";

    private LongRunningMode() {
    }

    static void configure(String... args) {
        List<String> words = List.of(args);
        int shift = words.indexOf("shift");
        if (shift < 0 || shift + 1 >= words.size() || !words.get(shift + 1).equals("run")) {
            return;
        }
        System.setProperty("quarkus.http.host-enabled", "true");
        System.setProperty("quarkus.scheduler.start-mode", "forced");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(METRICS_PORT) && i + 1 < args.length) {
                System.setProperty("quarkus.http.port", args[i + 1]);
            } else if (args[i].startsWith(METRICS_PORT + "=")) {
                System.setProperty("quarkus.http.port", args[i].substring(METRICS_PORT.length() + 1));
            }
        }
    }
}
