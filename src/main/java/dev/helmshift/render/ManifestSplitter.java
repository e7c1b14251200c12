package dev.helmshift.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text one template rendered into YAML documents the way Helm's {@code SplitManifests} does: the whole
 * text is trimmed, then cut at every {@code ---} that starts the text or follows a newline (whitespace around the
 * marker is swallowed), and every piece is trimmed. Empty pieces are dropped; comment-only pieces are kept.
 */
public final class ManifestSplitter {
    // Go's \s is [\t\n\f\r ]; the separator is the same as Helm's "(?:^|\s*\n)---\s*".
    private static final Pattern SEPARATOR = Pattern.compile("(?:^|[\\t\\n\\f\\r ]*\\n)---[\\t\\n\\f\\r ]*");

    private ManifestSplitter() {
    }

    public static List<String> split(String rendered) {
        String text = GoStrings.trimSpace(rendered);
        List<String> documents = new ArrayList<>();
        Matcher separators = SEPARATOR.matcher(text);
        int start = 0;
        while (separators.find()) {
            add(documents, text.substring(start, separators.start()));
            start = separators.end();
        }
        add(documents, text.substring(start));
        return documents;
    }

    private static void add(List<String> documents, String piece) {
        if (!piece.isEmpty()) {
            documents.add(GoStrings.trimSpace(piece));
        }
    }
}
