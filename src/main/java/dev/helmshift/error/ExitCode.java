package dev.helmshift.error;

/** The process exit codes of the CLI contract (ENGINEERING.md §2). */
public enum ExitCode {
    /** Success. */
    OK(0),
    /** Findings at or above --fail-on, or a rollout that rolled back or failed. */
    FINDINGS(1),
    /** Bad usage or bad input: unknown flag, missing file, malformed YAML, unknown profile. */
    BAD_INPUT(2),
    /** A cluster, API or Prometheus error stopped the command. */
    EXTERNAL(3),
    /** An internal error: a bug. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
