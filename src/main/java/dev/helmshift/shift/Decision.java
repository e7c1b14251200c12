package dev.helmshift.shift;

import java.util.Objects;

/**
 * What the planner decided for one step: the action, the weight and header route the VirtualService should have, the
 * state to store, and why. {@code write} is false when nothing needs to be written (waiting, finished).
 */
public record Decision(Action action, int targetWeight, boolean headerRoute, RolloutState next, String reason,
                       boolean write, String eventReason, boolean warning) {

    public enum Action {
        /** Move to the next stage (header route or next weight). */
        ADVANCE,
        /** Stay at the current weight; counters or messages may change. */
        HOLD,
        /** Back to 100% of the source subset. */
        ROLLBACK,
        /** 100% to the target subset, header route removed: done. */
        PROMOTE,
        /** Stop moving (drift or by request) without touching the weights. */
        PAUSE,
        /** Nothing to do and nothing to write. */
        NOOP,
        /** A manual change of phase only (resume, retry). */
        UPDATE
    }

    public Decision {
        Objects.requireNonNull(action);
        Objects.requireNonNull(next);
        Objects.requireNonNull(reason);
    }

    /** True when this decision changes the weights or the header route of the VirtualService. */
    public boolean movesTraffic(LiveRoute live) {
        return targetWeight != live.toWeight() || 100 - targetWeight != live.fromWeight() || headerRoute != live.headerRoute();
    }
}
