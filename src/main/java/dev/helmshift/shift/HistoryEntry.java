package dev.helmshift.shift;

import java.time.Instant;
import java.util.List;

/** One line of the bounded history kept in the state annotation: what was done, at which weight, and the checks seen. */
public record HistoryEntry(Instant time, String action, int weight, String message, List<CheckResult> checks) {
    public HistoryEntry {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
