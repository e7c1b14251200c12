package dev.helmshift.shift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The pure heart of the controller: given a policy, the stored state (null when none), what was observed and the time,
 * decide what one step does. No I/O, no clock, no randomness, so every rule is table-tested.
 *
 * <p>Order of the rules: a finished or paused rollout stays put; live weights that differ from the state (a human
 * edited them) pause it; the interval since the last transition must have elapsed; the target must be ready before any
 * weight moves; then the analysis checks: a failure counts towards {@code failureThreshold} (reached: rollback), an
 * inconclusive check only holds; all good: the next stage (header route, next weight, promotion).
 */
public final class StepPlanner {

    private StepPlanner() {
    }

    /** Which gates {@link #decide} will look at, so a step observes only what matters (no Prometheus query at 0%). */
    public static GateNeeds needs(ShiftPolicy policy, RolloutState state, LiveRoute live, Instant now) {
        RolloutState s = state == null ? fresh(policy, live) : state;
        if (s.phase().terminal() || s.phase() == Phase.Paused || (state != null && drifted(policy, s, live)) || waiting(policy, s, now)) {
            return GateNeeds.NONE;
        }
        return canaryHasTraffic(s) ? GateNeeds.ALL : GateNeeds.READINESS;
    }

    /** Decides one step. {@code state} is null when the VirtualService carries no state yet. */
    public static Decision decide(ShiftPolicy policy, RolloutState state, Observations observed, Instant now) {
        LiveRoute live = observed.live();
        RolloutState s = state == null ? fresh(policy, live) : state;
        if (s.phase().terminal()) {
            return noop(s, "rollout is " + s.phase() + (s.phase() == Phase.Promoted ? "" : "; run shift retry to start again"));
        }
        if (s.phase() == Phase.Paused) {
            return noop(s, "rollout is paused (" + s.message() + "); run shift resume to continue");
        }
        if (state != null && drifted(policy, s, live)) {
            String why = "live weights " + policy.from() + "=" + live.fromWeight() + " " + policy.to() + "=" + live.toWeight()
                    + (policy.hasHeaderRoute() ? (live.headerRoute() ? " with" : " without") + " header route" : "")
                    + " differ from the recorded " + policy.to() + "=" + s.weight()
                    + "; paused to leave the manual change alone (shift resume adopts the live weights)";
            RolloutState next = transition(s, Phase.Paused, s.weight(), s.stepIndex(), s.headerRoute(), now, why, "Pause", List.of());
            return new Decision(Decision.Action.PAUSE, live.toWeight(), live.headerRoute(), next, why, true, "Drift", true);
        }
        if (waiting(policy, s, now)) {
            return noop(s, "waiting for the interval: next step at " + s.lastTransitionTime().plus(policy.interval()));
        }
        List<CheckResult> checks = new ArrayList<>();
        CheckResult readiness = observed.readiness();
        if (readiness != null && readiness.outcome() != CheckResult.Outcome.success && !canaryHasTraffic(s)) {
            String why = "waiting for " + policy.to() + " to be ready: " + readiness.message();
            RolloutState next = new RolloutState(s.phase(), s.weight(), s.stepIndex(), s.headerRoute(), s.failedChecks(),
                    s.inconclusiveChecks(), s.lastTransitionTime(), why, s.history());
            boolean changed = state == null || !why.equals(s.message());
            if (changed) {
                next = next.withHistory(new HistoryEntry(now, "Hold", s.weight(), why, List.of(readiness)));
            }
            return new Decision(Decision.Action.HOLD, s.weight(), s.headerRoute(), next, why, changed, "Waiting", false);
        }
        if (readiness != null) {
            checks.add(readiness);
        }
        checks.addAll(observed.checks());
        List<CheckResult> failed = checks.stream().filter(c -> c.outcome() == CheckResult.Outcome.failure).toList();
        List<CheckResult> unsure = checks.stream().filter(c -> c.outcome() == CheckResult.Outcome.inconclusive).toList();
        if (!failed.isEmpty()) {
            int count = s.failedChecks() + 1;
            if (count >= policy.failureThreshold()) {
                String why = "rolled back to " + policy.from() + " after " + count + " failed check(s): " + summary(failed);
                return rollback(policy, s, count, now, why, checks);
            }
            String why = "check failed (" + count + "/" + policy.failureThreshold() + "): " + summary(failed);
            RolloutState next = new RolloutState(progressing(s), s.weight(), s.stepIndex(), s.headerRoute(), count,
                    s.inconclusiveChecks(), s.lastTransitionTime(), why, s.history())
                    .withHistory(new HistoryEntry(now, "CheckFailed", s.weight(), why, checks));
            return new Decision(Decision.Action.HOLD, s.weight(), s.headerRoute(), next, why, true, "CheckFailed", true);
        }
        if (!unsure.isEmpty()) {
            int count = s.inconclusiveChecks() + 1;
            String why = "holding at " + s.weight() + "%: inconclusive (" + count + "): " + summary(unsure);
            RolloutState next = new RolloutState(progressing(s), s.weight(), s.stepIndex(), s.headerRoute(), s.failedChecks(),
                    count, s.lastTransitionTime(), why, s.history())
                    .withHistory(new HistoryEntry(now, "Inconclusive", s.weight(), why, checks));
            return new Decision(Decision.Action.HOLD, s.weight(), s.headerRoute(), next, why, true, "Inconclusive", true);
        }
        return advance(policy, s, now, checks, "checks passed");
    }

    /** The next stage regardless of checks: the header route, then the next step, then promotion. */
    static Decision advance(ShiftPolicy policy, RolloutState s, Instant now, List<CheckResult> checks, String cause) {
        if (policy.hasHeaderRoute() && !s.headerRoute() && s.weight() == 0) {
            String why = "header route in place: requests matching " + policy.headerRouteHeaders() + " go to " + policy.to() + " (" + cause + ")";
            RolloutState next = transition(s, Phase.Progressing, 0, -1, true, now, why, "HeaderRoute", checks);
            return new Decision(Decision.Action.ADVANCE, 0, true, next, why, true, "HeaderRoute", false);
        }
        List<Integer> steps = policy.steps();
        for (int i = 0; i < steps.size(); i++) {
            int w = steps.get(i);
            if (w > s.weight() && w < 100) {
                String why = "advanced to " + policy.to() + "=" + w + "% (step " + (i + 1) + "/" + steps.size() + ", " + cause + ")";
                RolloutState next = transition(s, Phase.Progressing, w, i, s.headerRoute(), now, why, "Advance", checks);
                return new Decision(Decision.Action.ADVANCE, w, s.headerRoute(), next, why, true, "Advanced", false);
            }
            if (w > s.weight()) {
                break;
            }
        }
        return promote(policy, s, now, checks, cause);
    }

    static Decision promote(ShiftPolicy policy, RolloutState s, Instant now, List<CheckResult> checks, String cause) {
        List<Integer> steps = policy.steps();
        int index = steps.get(steps.size() - 1) == 100 ? steps.size() - 1 : steps.size();
        String why = "promoted: 100% to " + policy.to() + (policy.hasHeaderRoute() ? ", header route removed" : "") + " (" + cause + ")";
        RolloutState next = transition(s, Phase.Promoted, 100, index, false, now, why, "Promote", checks);
        return new Decision(Decision.Action.PROMOTE, 100, false, next, why, true, "Promoted", false);
    }

    static Decision rollback(ShiftPolicy policy, RolloutState s, int failedChecks, Instant now, String why, List<CheckResult> checks) {
        RolloutState moved = transition(s, Phase.RolledBack, 0, -1, false, now, why, "Rollback", checks);
        RolloutState next = new RolloutState(moved.phase(), 0, -1, false, failedChecks, moved.inconclusiveChecks(),
                now, why, moved.history());
        return new Decision(Decision.Action.ROLLBACK, 0, false, next, why, true, "RolledBack", true);
    }

    /** A new state after a change of weight or phase: counters reset, the interval starts again. */
    static RolloutState transition(RolloutState s, Phase phase, int weight, int stepIndex, boolean headerRoute, Instant now,
                                   String why, String action, List<CheckResult> checks) {
        return new RolloutState(phase, weight, stepIndex, headerRoute, 0, 0, now, why, s.history())
                .withHistory(new HistoryEntry(now, action, weight, why, checks));
    }

    static Decision noop(RolloutState s, String why) {
        return new Decision(Decision.Action.NOOP, s.weight(), s.headerRoute(), s, why, false, null, false);
    }

    /** The state a rollout starts from when the VirtualService carries none: whatever the live route says. */
    static RolloutState fresh(ShiftPolicy policy, LiveRoute live) {
        return new RolloutState(Phase.Pending, live.toWeight(), stepIndexFor(policy, live.toWeight()), live.headerRoute(),
                0, 0, null, "not started", List.of());
    }

    /** Index of the largest step not above {@code weight}; -1 below the first step. */
    static int stepIndexFor(ShiftPolicy policy, int weight) {
        int index = -1;
        for (int i = 0; i < policy.steps().size(); i++) {
            if (policy.steps().get(i) <= weight) {
                index = i;
            }
        }
        return index;
    }

    static boolean drifted(ShiftPolicy policy, RolloutState s, LiveRoute live) {
        boolean weights = live.toWeight() != s.weight() || live.fromWeight() != 100 - s.weight();
        boolean header = policy.hasHeaderRoute() && live.headerRoute() != s.headerRoute();
        return weights || header;
    }

    /**
     * True while the interval since the last transition has not elapsed. A grace of a tenth of the interval (at most
     * one second) lets a loop that fires exactly every interval take the step it was scheduled for, instead of
     * missing it by the milliseconds the previous write took; two steppers racing still see the fresh transition.
     */
    static boolean waiting(ShiftPolicy policy, RolloutState s, Instant now) {
        if (s.phase() != Phase.Progressing || s.lastTransitionTime() == null) {
            return false;
        }
        java.time.Duration grace = policy.interval().dividedBy(10);
        if (grace.compareTo(java.time.Duration.ofSeconds(1)) > 0) {
            grace = java.time.Duration.ofSeconds(1);
        }
        return now.isBefore(s.lastTransitionTime().plus(policy.interval()).minus(grace));
    }

    private static boolean canaryHasTraffic(RolloutState s) {
        return s.weight() > 0 || s.headerRoute();
    }

    private static Phase progressing(RolloutState s) {
        return s.weight() > 0 || s.headerRoute() ? Phase.Progressing : s.phase();
    }

    private static String summary(List<CheckResult> checks) {
        return checks.stream().map(c -> c.name() + ": " + c.message()).collect(Collectors.joining("; "));
    }
}
