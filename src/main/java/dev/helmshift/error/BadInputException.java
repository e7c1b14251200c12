package dev.helmshift.error;

/** Bad input that is not owned by one domain: a missing file, an unreadable folder, a wrong flag value. Exit 2. */
public class BadInputException extends HelmshiftException {
    public BadInputException(String message, String hint) {
        super(message, hint);
    }

    public BadInputException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
