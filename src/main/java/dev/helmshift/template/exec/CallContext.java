package dev.helmshift.template.exec;

import dev.helmshift.template.GoCompat;

import java.util.Map;

/**
 * What a function body may ask of the running execution. It gives Helm's {@code include} and {@code tpl} what they
 * need, without the functions knowing the executor.
 */
public interface CallContext {

    /**
     * Executes the named template of the current set with {@code data} as dot and returns its output, as Go's
     * {@code ExecuteTemplate} does (Helm's {@code include}). Throws {@link dev.helmshift.template.TemplateException}
     * when the template does not exist ({@code template: no template "x" associated with template "y"}) or fails.
     */
    String executeTemplate(String name, Object data);

    /**
     * Parses {@code text} as a new template named {@code name} in a copy of the current set (defines in it are
     * visible to it, and do not leak into the caller's set), executes it with {@code data}, and returns its output
     * (Helm's {@code tpl}). Parse and execution errors are thrown as TemplateException.
     */
    String parseAndExecute(String name, String text, Object data);

    /** The name of the template whose node is calling the function. */
    String templateName();

    /** The options of this execution (compat mode, missingkey). */
    ExecOptions options();

    default GoCompat compat() {
        return options().compat();
    }

    /**
     * A mutable map that lives for one top-level {@link TemplateSet#execute} (and is shared by the nested
     * executions it starts), for functions that keep state such as Helm's include recursion counter.
     */
    Map<String, Object> executionState();
}
