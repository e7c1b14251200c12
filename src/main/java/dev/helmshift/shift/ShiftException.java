package dev.helmshift.shift;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;

/** Root of the controller's errors. By default a rollout could not be carried out against the cluster: exit 3. */
public class ShiftException extends HelmshiftException {
    public ShiftException(String message, String hint) {
        super(message, hint);
    }

    public ShiftException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.EXTERNAL;
    }
}
