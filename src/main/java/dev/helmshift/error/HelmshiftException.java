package dev.helmshift.error;

/**
 * Root of every error helmshift reports to a user. Each domain has its own subclass
 * (ChartException, TemplateException, ShiftException, ...) with typed fields such as file, line and key.
 * The message says what went wrong and where; {@link #hint()} says how to fix it.
 * The CLI prints {@code message} and, when present, {@code hint} as one line and exits with {@link #exitCode()}.
 */
public abstract class HelmshiftException extends RuntimeException {
    private final String hint;

    protected HelmshiftException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    protected HelmshiftException(String message, String hint) {
        this(message, hint, null);
    }

    /** How to fix it, or null when the message says it all. */
    public String hint() {
        return hint;
    }

    /** The exit code the CLI returns for this error. */
    public abstract ExitCode exitCode();

    /** The one line shown to a user: what and where, then how to fix. */
    public String userLine() {
        if (hint == null || hint.isBlank()) {
            return getMessage();
        }
        String message = getMessage();
        // a message of several lines (helm's schema report) keeps its last line; the hint gets one of its own
        return message.contains("\n") ? message.stripTrailing() + "\nhint: " + hint : message + " (" + hint + ")";
    }
}
