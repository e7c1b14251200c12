package dev.helmshift.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's values-schema messages depend on Go's random map order (an object's failing properties, the names in
 * {@code additional properties 'a', 'b' not allowed}); helmshift prints them sorted. Tests compare such texts in
 * this form.
 */
public final class GoMapOrder {
    private static final Pattern QUOTED_LIST = Pattern.compile("(additional properties )(.*)( not allowed)");

    private GoMapOrder() {
    }

    /** The text as sorted lines, with the names in {@code additional properties 'a', 'b' not allowed} sorted. */
    public static String linesInAnyOrder(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher m = QUOTED_LIST.matcher(line);
            if (m.find()) {
                List<String> names = new ArrayList<>(List.of(m.group(2).split(", ")));
                names.sort(null);
                line = line.substring(0, m.start()) + m.group(1) + String.join(", ", names) + m.group(3)
                        + line.substring(m.end());
            }
            lines.add(line);
        }
        lines.sort(null);
        return String.join("\n", lines);
    }
}
