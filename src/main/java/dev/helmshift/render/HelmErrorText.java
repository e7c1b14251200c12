package dev.helmshift.render;

import dev.helmshift.template.TemplateException;
import dev.helmshift.template.exec.FunctionException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the engine's Go error texts the way Helm's engine does before {@code helm template} prints them:
 * parse errors become {@code parse error at (NAME:LINE): LAST PART}; {@code fail}/{@code required} messages become
 * {@code execution error at (NAME:LINE:COL): MESSAGE}; other execution errors become Helm's trace (location, then
 * {@code executing "..." at <...>:}, then the message, for each template in an include chain), unless the innermost
 * error is not a template error, in which case Helm prints Go's text unchanged.
 */
final class HelmErrorText {
    /** The markers Helm's fail/required wrap their message in. */
    private static final Pattern HELM_WARNING = Pattern.compile("HELM_ERR_START(.*)HELM_ERR_END", Pattern.DOTALL);

    private HelmErrorText() {
    }

    static String of(TemplateException e) {
        return e.phase() == TemplateException.Phase.PARSE ? parse(e) : exec(e);
    }

    private static String parse(TemplateException e) {
        String[] tokens = e.getMessage().split(": ", -1);
        if (tokens.length == 1) {
            return "parse error in (" + e.templateName() + "): " + e.getMessage();
        }
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    private static String exec(TemplateException e) {
        String message = e.getMessage();
        String[] tokens = message.split(": ", 3);
        if (tokens.length != 3) {
            return "execution error in (" + e.templateName() + "): " + message;
        }
        Matcher warning = HELM_WARNING.matcher(tokens[2]);
        if (warning.find()) {
            return "execution error at (" + tokens[1] + "): " + warning.group(1);
        }
        List<String> levels = new ArrayList<>();
        Throwable current = e;
        while (current != null) {
            if (!(current instanceof TemplateException level)) {
                return message; // Helm cannot read a non-template error in the chain: it prints Go's text
            }
            String text = trace(level);
            if (levels.isEmpty() || !levels.get(levels.size() - 1).equals(text)) {
                levels.add(text);
            }
            current = wrapped(level);
        }
        return GoStrings.trimSpace(String.join("", levels));
    }

    /** One level as Helm's TraceableError prints it. */
    private static String trace(TemplateException level) {
        if (level.node() == null || level.templateName() == null) {
            return level.getMessage() + "\n";
        }
        String detail = level.detail();
        int cut = detail.indexOf(" template:");
        if (cut >= 0) {
            detail = detail.substring(0, cut);
        }
        return level.templateName() + ":" + level.line() + ":" + level.column() + "\n  executing \"" + level.executing()
                + "\" at <" + level.node() + ">:\n    " + detail + "\n";
    }

    /**
     * The error Go's chain unwraps to below this level: for {@code error calling F: ERR}, the error F returned (a
     * nested template error for include, otherwise a plain error); for any other message, nothing.
     */
    private static Throwable wrapped(TemplateException level) {
        String detail = level.detail();
        if (detail == null || !detail.startsWith("error calling ")) {
            return null;
        }
        // Go's chain holds the function's own error, whose text follows "error calling NAME: ". include returns
        // the nested template error itself ("template: ..."); tpl and others return their own text, which Helm
        // cannot parse, so it prints Go's message.
        int colon = detail.indexOf(": ");
        String returned = colon < 0 ? "" : detail.substring(colon + 2);
        Throwable cause = level.getCause();
        while (cause instanceof FunctionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (returned.startsWith("template: ") && cause instanceof TemplateException nested) {
            return nested;
        }
        return new IllegalStateException(returned);
    }
}
