package dev.helmshift.shift;

/** What a person can ask for besides a step. */
public enum ManualCommand {
    /** Next stage now, skipping interval and gates. */
    PROMOTE,
    /** Straight to 100%, skipping the remaining steps. */
    PROMOTE_FULL,
    /** Roll back to 100% of the source subset now. */
    ABORT,
    /** Stop moving, keep the weights. */
    PAUSE,
    /** Continue a paused rollout from the live weights. */
    RESUME,
    /** Start a rolled back or failed rollout again. */
    RETRY
}
