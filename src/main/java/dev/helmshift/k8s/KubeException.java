package dev.helmshift.k8s;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;

/** A Kubernetes API call failed: unreachable server, refused request, unexpected answer. Exit 3. */
public class KubeException extends HelmshiftException {
    private final int status;
    private final String resource;

    public KubeException(String message, String hint, int status, String resource, Throwable cause) {
        super(message, hint, cause);
        this.status = status;
        this.resource = resource;
    }

    public KubeException(String message, String hint, int status, String resource) {
        this(message, hint, status, resource, null);
    }

    /** The HTTP status of the answer, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The API path of the resource involved. */
    public String resource() {
        return resource;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.EXTERNAL;
    }
}
