package dev.helmshift.template.exec;

/**
 * Thrown by a {@link FunctionBody} for the error result of a Go function. The executor turns it into the positioned
 * {@code error calling NAME: MESSAGE} error. Not a user-facing exception by itself, so it is no HelmshiftException.
 * A TemplateException thrown by a nested execution (include, tpl) may be passed as cause so its chain is kept.
 */
public class FunctionException extends RuntimeException {
    public FunctionException(String message) {
        super(message, null, false, false);
    }

    public FunctionException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
