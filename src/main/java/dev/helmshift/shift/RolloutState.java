package dev.helmshift.shift;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rollout state kept in the VirtualService annotation {@code helmshift.dev/state}.
 *
 * @param weight             percent of the main route's traffic that goes to the target subset
 * @param stepIndex          index in the policy's steps of the weight in effect; -1 before the first step
 * @param headerRoute        whether the dark-launch header route is in place
 * @param failedChecks       failed checks since the last weight change (rollback at failureThreshold)
 * @param inconclusiveChecks checks that could not be evaluated since the last weight change (they only hold)
 * @param lastTransitionTime when the phase or the weights last changed; the interval counts from here
 */
public record RolloutState(Phase phase, int weight, int stepIndex, boolean headerRoute, int failedChecks,
                           int inconclusiveChecks, Instant lastTransitionTime, String message, List<HistoryEntry> history) {

    /** The history keeps the latest entries only, so that the annotation stays small. */
    public static final int HISTORY_LIMIT = 20;

    public RolloutState {
        Objects.requireNonNull(phase);
        message = message == null ? "" : message;
        history = history == null ? List.of() : List.copyOf(history);
        if (history.size() > HISTORY_LIMIT) {
            history = List.copyOf(history.subList(history.size() - HISTORY_LIMIT, history.size()));
        }
    }

    /** The state of a rollout that has not started, seen at the given live weight. */
    public static RolloutState initial(int liveWeight) {
        return new RolloutState(Phase.Pending, liveWeight, -1, false, 0, 0, null, "not started", List.of());
    }

    public RolloutState withHistory(HistoryEntry entry) {
        List<HistoryEntry> h = new ArrayList<>(history);
        h.add(entry);
        return new RolloutState(phase, weight, stepIndex, headerRoute, failedChecks, inconclusiveChecks, lastTransitionTime, message, h);
    }
}
