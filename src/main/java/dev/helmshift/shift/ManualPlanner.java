package dev.helmshift.shift;

import java.time.Instant;
import java.util.List;

/** Pure decisions for the manual commands (promote, abort, pause, resume, retry); same shape as {@link StepPlanner}. */
public final class ManualPlanner {

    private ManualPlanner() {
    }

    public static Decision decide(ManualCommand command, ShiftPolicy policy, RolloutState state, LiveRoute live, Instant now) {
        RolloutState s = state == null ? StepPlanner.fresh(policy, live) : state;
        return switch (command) {
            case PROMOTE, PROMOTE_FULL -> {
                if (s.phase().terminal()) {
                    yield StepPlanner.noop(s, "rollout is " + s.phase() + ": nothing to promote");
                }
                RolloutState adopted = adopt(policy, s, live);
                yield command == ManualCommand.PROMOTE_FULL
                        ? StepPlanner.promote(policy, adopted, now, List.of(), "promoted by request")
                        : StepPlanner.advance(policy, adopted, now, List.of(), "promoted by request");
            }
            case ABORT -> {
                if (s.phase() == Phase.Promoted || s.phase() == Phase.RolledBack) {
                    yield StepPlanner.noop(s, "rollout is " + s.phase() + ": nothing to abort");
                }
                yield StepPlanner.rollback(policy, s, s.failedChecks(), now, "aborted by request: rolled back to " + policy.from(), List.of());
            }
            case PAUSE -> {
                if (s.phase().terminal() || s.phase() == Phase.Paused) {
                    yield StepPlanner.noop(s, "rollout is " + s.phase() + ": nothing to pause");
                }
                String why = "paused by request at " + policy.to() + "=" + s.weight() + "%";
                RolloutState next = StepPlanner.transition(s, Phase.Paused, s.weight(), s.stepIndex(), s.headerRoute(), now, why, "Pause", List.of());
                yield new Decision(Decision.Action.PAUSE, live.toWeight(), live.headerRoute(), next, why, true, "Paused", false);
            }
            case RESUME -> {
                if (s.phase() != Phase.Paused) {
                    yield StepPlanner.noop(s, "rollout is " + s.phase() + ", not paused: nothing to resume");
                }
                boolean started = live.toWeight() > 0 || live.headerRoute();
                String why = "resumed by request at the live weight " + policy.to() + "=" + live.toWeight() + "%";
                RolloutState next = StepPlanner.transition(s, started ? Phase.Progressing : Phase.Pending, live.toWeight(),
                        StepPlanner.stepIndexFor(policy, live.toWeight()), live.headerRoute(), now, why, "Resume", List.of());
                yield new Decision(Decision.Action.UPDATE, live.toWeight(), live.headerRoute(), next, why, true, "Resumed", false);
            }
            case RETRY -> {
                if (s.phase() != Phase.RolledBack && s.phase() != Phase.Failed) {
                    yield StepPlanner.noop(s, "rollout is " + s.phase() + ": only a rolled back or failed rollout can be retried");
                }
                String why = "retry requested: starting again from " + policy.to() + "=" + live.toWeight() + "%";
                RolloutState moved = StepPlanner.transition(s, Phase.Pending, live.toWeight(),
                        StepPlanner.stepIndexFor(policy, live.toWeight()), live.headerRoute(), now, why, "Retry", List.of());
                RolloutState next = new RolloutState(Phase.Pending, moved.weight(), moved.stepIndex(), moved.headerRoute(), 0, 0,
                        null, why, moved.history());
                yield new Decision(Decision.Action.UPDATE, live.toWeight(), live.headerRoute(), next, why, true, "Retry", false);
            }
        };
    }

    /** Manual promotion starts from what the route says, so it never fights a hand edit. */
    private static RolloutState adopt(ShiftPolicy policy, RolloutState s, LiveRoute live) {
        return new RolloutState(s.phase(), live.toWeight(), StepPlanner.stepIndexFor(policy, live.toWeight()), live.headerRoute(),
                s.failedChecks(), s.inconclusiveChecks(), s.lastTransitionTime(), s.message(), s.history());
    }
}
