package dev.helmshift.render;


import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The container images a render uses: the {@code image} of every entry of a {@code containers} or
 * {@code initContainers} list anywhere in a document (so Pods, every workload kind, Job templates and CronJob
 * jobTemplates alike), sorted and unique. CustomResourceDefinitions are skipped: their containers are schema.
 */
public final class ContainerImages {
    private ContainerImages() {
    }

    public static SortedSet<String> of(List<RenderedDocument> documents) {
        SortedSet<String> images = new TreeSet<>();
        for (RenderedDocument document : documents) {
            Object root;
            try {
                root = RenderYaml.load(document.text());
            } catch (RuntimeException unreadable) {
                continue; // the render already reported documents that are not YAML
            }
            if (root instanceof Map<?, ?> map && !"CustomResourceDefinition".equals(map.get("kind"))) {
                collect(map, images);
            }
        }
        return images;
    }

    private static void collect(Object node, SortedSet<String> images) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("containers".equals(key) || "initContainers".equals(key)) && value instanceof List<?> list) {
                    for (Object container : list) {
                        if (container instanceof Map<?, ?> c && c.get("image") instanceof String image
                                && !image.isBlank()) {
                            images.add(image.strip());
                        }
                    }
                }
                collect(value, images);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, images));
        }
    }
}
