package dev.helmshift.shift;

import dev.helmshift.error.ExitCode;

/** A policy file is missing, malformed or invalid. Carries the file and the JSON path. Exit 2. */
public class PolicyException extends ShiftException {
    private final String file;
    private final String path;

    public PolicyException(String file, String path, String reason, String hint) {
        super(file + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + reason, hint);
        this.file = file;
        this.path = path;
    }

    public PolicyException(String file, String path, String reason, String hint, Throwable cause) {
        super(file + (path == null || path.isEmpty() ? "" : " at " + path) + ": " + reason, hint, cause);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    /** JSON path inside the document, e.g. {@code $.spec.steps[1]}. */
    public String path() {
        return path;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
