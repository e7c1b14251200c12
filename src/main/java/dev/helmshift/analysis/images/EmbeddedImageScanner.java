package dev.helmshift.analysis.images;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import java.util.List;

/**
 * Reads images out of text embedded in ConfigMap data, line by line:
 * <ul>
 *   <li>{@code image: ref} lines (quoted or not) of embedded YAML;</li>
 *   <li>Istio's injector markup {@code image: [[ annotation .ObjectMeta `sidecar.istio.io/proxyImage` "ref" ]]}:
 *   the default, the last quoted string inside {@code [[ ]]}, is the image used when a pod has no annotation;</li>
 *   <li>arguments such as {@code --proxyImage ref}, {@code --proxyImage=ref}, or a {@code - --proxyImage} list item
 *   followed by {@code - ref}.</li>
 * </ul>
 * An {@code image:} line that is still a Go template ({@code {{ }}}) is returned as unresolved.
 */
final class EmbeddedImageScanner {
    private static final Pattern IMAGE_LINE = Pattern.compile("^\\s*(?:-\\s+)?image:\\s*(.*?)\\s*$");
    private static final Pattern INJECTOR_DEFAULT = Pattern.compile("\\[\\[.*\"([^\"]+)\"\\s*\\]\\]");
    private static final Pattern IMAGE_FLAG = Pattern.compile("--[A-Za-z]*[iI]mage(?:=|\\s+)\"?([^\"\\s]+)\"?");
    private static final Pattern IMAGE_FLAG_ALONE = Pattern.compile("^\\s*-\\s+\"?--[A-Za-z]*[iI]mage\"?\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s+\"?([^\"\\s]+)\"?\\s*$");

    private EmbeddedImageScanner() {
    }

    static void scan(String text, String source, String object, String field,
                     List<ImageOccurrence> found, List<UnresolvedImage> unresolved) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher image = IMAGE_LINE.matcher(line);
            if (image.matches()) {
                String value = image.group(1);
                if (value.contains("[[")) {
                    Matcher injector = INJECTOR_DEFAULT.matcher(value);
                    if (injector.find()) {
                        add(injector.group(1), source, object, field, found);
                    } else {
                        unresolved.add(new UnresolvedImage(source, object, line.trim()));
                    }
                } else if (value.contains("{{")) {
                    unresolved.add(new UnresolvedImage(source, object, line.trim()));
                } else {
                    add(unquote(value), source, object, field, found);
                }
                continue;
            }
            Matcher flag = IMAGE_FLAG.matcher(line);
            if (flag.find()) {
                add(flag.group(1), source, object, field, found);
            } else if (IMAGE_FLAG_ALONE.matcher(line).matches() && i + 1 < lines.length) {
                Matcher next = LIST_ITEM.matcher(lines[i + 1]);
                if (next.matches()) {
                    add(next.group(1), source, object, field, found);
                }
            }
        }
    }

    private static void add(String candidate, String source, String object, String field, List<ImageOccurrence> found) {
        if (ImageReference.parse(candidate) != null) {
            found.add(new ImageOccurrence(candidate, source, object, field + " (embedded)"));
        }
    }

    private static String unquote(String value) {
        String v = value;
        int hash = v.indexOf(" #");
        if (hash >= 0 && !v.startsWith("\"") && !v.startsWith("'")) {
            v = v.substring(0, hash).trim();
        }
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
