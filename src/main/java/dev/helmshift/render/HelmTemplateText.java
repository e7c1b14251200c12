package dev.helmshift.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints documents exactly as {@code helm template} prints them: each as {@code ---\n# Source: PATH\nTEXT\n}, the
 * manifests' block trimmed and ended by one newline, hooks after it; with {@code --show-only}, the printed text is
 * split again and only the documents whose Source path (without the chart name) matches one of the globs are kept.
 */
public final class HelmTemplateText {
    private static final Pattern SOURCE = Pattern.compile("# Source: [^/]+/(.+)");

    private HelmTemplateText() {
    }

    public static String print(ManifestSorter.Sorted sorted) {
        StringBuilder manifests = new StringBuilder();
        for (RenderedDocument document : sorted.manifests()) {
            append(manifests, document);
        }
        StringBuilder out = new StringBuilder(GoStrings.trimSpace(manifests.toString())).append('\n');
        for (RenderedDocument hook : sorted.hooks()) {
            append(out, hook);
        }
        return out.toString();
    }

    /**
     * The output of {@code helm template --show-only GLOB...}.
     *
     * @throws RenderException when a glob matches no document ("could not find template GLOB in chart")
     */
    public static String showOnly(String printed, List<String> globs) {
        List<String> documents = ManifestSplitter.split(printed);
        List<String> selected = new ArrayList<>();
        for (String glob : globs) {
            boolean missing = true;
            for (String document : documents) {
                Matcher source = SOURCE.matcher(document);
                if (source.find() && GoGlob.matches(glob, source.group(1))) {
                    selected.add(document);
                    missing = false;
                }
            }
            if (missing) {
                throw new RenderException("could not find template " + glob + " in chart",
                        "give a template path relative to the chart, e.g. templates/deployment.yaml", glob, 0, 0);
            }
        }
        StringBuilder out = new StringBuilder();
        selected.forEach(document -> out.append("---\n").append(document).append('\n'));
        return out.toString();
    }

    private static void append(StringBuilder out, RenderedDocument document) {
        out.append("---\n# Source: ").append(document.source()).append('\n').append(document.text()).append('\n');
    }
}
