package dev.helmshift.shift;

/**
 * The result of one step or manual command on one policy: what was decided, whether it was written, and the state the
 * VirtualService carries afterwards (the planned one under --dry-run or plan).
 */
public record StepResult(ShiftPolicy policy, Decision decision, LiveRoute before, RolloutState state, boolean written,
                         boolean dryRun, int conflicts) {

    /** True when this pass rolled the rollout back or failed it (exit 1 for {@code shift step}). */
    public boolean rolledBackOrFailed() {
        return written && (state.phase() == Phase.RolledBack || state.phase() == Phase.Failed)
                && decision.action() == Decision.Action.ROLLBACK;
    }
}
