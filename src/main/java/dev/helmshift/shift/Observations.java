package dev.helmshift.shift;

import java.util.List;

/**
 * What one step saw: the live route, the readiness check (null when not evaluated) and the analysis checks
 * (Prometheus, HTTP; empty when not evaluated).
 */
public record Observations(LiveRoute live, CheckResult readiness, List<CheckResult> checks) {
    public Observations {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public static Observations routeOnly(LiveRoute live) {
        return new Observations(live, null, List.of());
    }
}
