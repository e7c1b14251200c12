package dev.helmshift.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the rendered text of every template into the documents {@code helm template} prints, in its order
 * (Helm's {@code SortManifests}): template paths in byte order, partials, NOTES.txt and blank outputs skipped, each
 * output split into documents, each document's head read; documents with a {@code helm.sh/hook} annotation become
 * hooks (dropped when one of the hook names is unknown, as Helm drops {@code crd-install}); both lists are then
 * stably sorted by install order of their kind.
 */
public final class ManifestSorter {
    static final String NOTES_SUFFIX = "NOTES.txt";

    private static final Set<String> HOOK_EVENTS = Set.of(
            "pre-install", "post-install", "pre-delete", "post-delete", "pre-upgrade", "post-upgrade",
            "pre-rollback", "post-rollback", "test", "test-success");

    private ManifestSorter() {
    }

    /** Ordered manifests, then the hooks that {@code helm template} prints after them. */
    public record Sorted(List<RenderedDocument> manifests, List<RenderedDocument> hooks) {
        public Sorted {
            manifests = List.copyOf(manifests);
            hooks = List.copyOf(hooks);
        }

        /** Everything in print order: manifests then hooks. */
        public List<RenderedDocument> all() {
            List<RenderedDocument> all = new ArrayList<>(manifests);
            all.addAll(hooks);
            return List.copyOf(all);
        }
    }

    /**
     * @param rendered template path (chart name first) → rendered text
     * @throws RenderException when a document is not valid YAML, naming the template as Helm does
     */
    public static Sorted sort(Map<String, String> rendered) {
        return sort(rendered, null);
    }

    /**
     * Like {@link #sort(Map)}, but a template whose output is not valid YAML is handed to {@code onInvalid} and left
     * out, instead of failing the whole sort (analysis mode).
     */
    public static Sorted sort(Map<String, String> rendered, java.util.function.Consumer<RenderException> onInvalid) {
        List<Entry> manifests = new ArrayList<>();
        List<Entry> hooks = new ArrayList<>();
        for (Map.Entry<String, String> file : new TreeMap<>(rendered).entrySet()) {
            String path = file.getKey();
            String text = file.getValue();
            if (isPartial(path) || path.endsWith(NOTES_SUFFIX) || GoStrings.trimSpace(text).isEmpty()) {
                continue;
            }
            List<Entry> fileManifests = new ArrayList<>();
            List<Entry> fileHooks = new ArrayList<>();
            try {
                for (String document : ManifestSplitter.split(text)) {
                    ManifestHead head = head(path, document);
                    Entry entry = new Entry(new RenderedDocument(path, document), head.kind());
                    String hookNames = head.annotations().get(ManifestHead.HOOK_ANNOTATION);
                    if (hookNames == null) {
                        fileManifests.add(entry);
                    } else if (knownHooks(hookNames)) {
                        fileHooks.add(entry);
                    }
                }
            } catch (RenderException invalid) {
                if (onInvalid == null) {
                    throw invalid;
                }
                onInvalid.accept(invalid);
                continue;
            }
            manifests.addAll(fileManifests);
            hooks.addAll(fileHooks);
        }
        return new Sorted(byKind(manifests), byKind(hooks));
    }

    static boolean isPartial(String path) {
        int slash = path.lastIndexOf('/');
        return path.startsWith("_", slash + 1);
    }

    private static ManifestHead head(String path, String document) {
        try {
            return ManifestHead.parse(document);
        } catch (ManifestHead.ManifestYamlException e) {
            throw new RenderException("YAML parse error on " + path + ": " + e.getMessage(),
                    "fix the template so that it renders valid YAML; `helmshift render` shows the text around it",
                    path, 0, 0);
        }
    }

    private static boolean knownHooks(String names) {
        for (String name : names.split(",", -1)) {
            if (!HOOK_EVENTS.contains(name.trim().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static List<RenderedDocument> byKind(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::kind, KindOrder.INSTALL)); // List.sort is stable
        return sorted.stream().map(Entry::document).toList();
    }

    private record Entry(RenderedDocument document, String kind) {
    }
}
