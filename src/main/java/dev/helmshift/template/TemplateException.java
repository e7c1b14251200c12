package dev.helmshift.template;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;

/**
 * A template that does not parse or fails while executing, positioned like Go's text/template reports it.
 *
 * <p>{@link #getMessage()} is Go's complete error text, exactly as {@code text/template} formats it, for example
 * {@code template: a.yaml:3: unexpected "}" in operand} (parse: line only) or
 * {@code template: a.yaml:1:6: executing "a.yaml" at <.Values.x>: nil pointer evaluating interface {}.y}
 * (execution). Helm rewrites these texts ({@code parse error at (...)}, {@code execution error at (...)}); that is the
 * renderer's job, which finds the pieces in the fields below.
 */
public class TemplateException extends HelmshiftException {

    /** Whether the template failed to parse or failed while executing. */
    public enum Phase { PARSE, EXEC }

    private final Phase phase;
    private final String templateName;
    private final int line;
    private final int column;
    private final String executing;
    private final String node;
    private final String detail;

    private TemplateException(Phase phase, String message, String templateName, int line, int column,
                              String executing, String node, String detail, Throwable cause) {
        super(message, null, cause);
        this.phase = phase;
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.executing = executing;
        this.node = node;
        this.detail = detail;
    }

    /** A parse error: {@code template: NAME:LINE: DETAIL}. */
    public static TemplateException parse(String templateName, int line, String detail) {
        String message = "template: " + templateName + ":" + line + ": " + detail;
        return new TemplateException(Phase.PARSE, message, templateName, line, -1, null, null, detail, null);
    }

    /**
     * An execution error: {@code template: NAME:LINE:COL: executing "EXECUTING" at <NODE>: DETAIL}.
     *
     * @param templateName the template (file) that holds the failing node
     * @param executing    the name of the template being executed when it failed (differs inside a define)
     * @param node         the node text as Go prints it, already shortened as Go does
     */
    public static TemplateException exec(String templateName, int line, int column, String executing, String node,
                                         String detail, Throwable cause) {
        String message = "template: " + templateName + ":" + line + ":" + column + ": executing "
                + GoStrings.quote(executing) + " at <" + node + ">: " + detail;
        return new TemplateException(Phase.EXEC, message, templateName, line, column, executing, node, detail, cause);
    }

    /** An execution error that has no node, e.g. {@code template: no template "x" associated with template "y"}. */
    public static TemplateException unpositioned(String message) {
        return new TemplateException(Phase.EXEC, message, null, -1, -1, null, null, message, null);
    }

    public Phase phase() {
        return phase;
    }

    /** The template (file) name that holds the error, or null when the error has no position. */
    public String templateName() {
        return templateName;
    }

    /** 1-based line, or -1. */
    public int line() {
        return line;
    }

    /** 0-based byte column in the line, or -1 (Go's parse errors have none). */
    public int column() {
        return column;
    }

    /** The template being executed (the define's name inside a define), or null. */
    public String executing() {
        return executing;
    }

    /** The node text Go prints between {@code <...>}, or null. */
    public String node() {
        return node;
    }

    /** The last part of the message: what went wrong, without position. */
    public String detail() {
        return detail;
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.BAD_INPUT;
    }
}
