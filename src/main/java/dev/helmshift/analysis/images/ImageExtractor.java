package dev.helmshift.analysis.images;

import dev.helmshift.analysis.manifest.Manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the images of a render.
 * <ul>
 *   <li>Pod specs of any kind: every {@code containers}, {@code initContainers} and {@code ephemeralContainers} list
 *   anywhere in the object (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob's
 *   jobTemplate, OpenShift DeploymentConfig, and custom resources that embed pod templates).</li>
 *   <li>ConfigMap data: {@link EmbeddedImageScanner} reads images out of embedded YAML or text.</li>
 * </ul>
 * CustomResourceDefinitions are skipped: their {@code containers} are schema, not images.
 */
public final class ImageExtractor {
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

    private ImageExtractor() {
    }

    public static ImageInventory extract(List<Manifest> manifests) {
        List<ImageOccurrence> occurrences = new ArrayList<>();
        List<UnresolvedImage> unresolved = new ArrayList<>();
        for (Manifest m : manifests) {
            if (m.kind().equals("CustomResourceDefinition")) {
                continue;
            }
            String object = m.kind() + "/" + m.name();
            if (m.kind().equals("ConfigMap") && m.body().get("data") instanceof Map<?, ?> data) {
                data.forEach((key, value) -> {
                    if (value instanceof String text) {
                        EmbeddedImageScanner.scan(text, m.source(), object, "data." + key, occurrences, unresolved);
                    }
                });
                continue;
            }
            walk(m.body(), "", m.source(), object, occurrences);
        }
        return new ImageInventory(occurrences, unresolved);
    }

    private static void walk(Object node, String path, String source, String object, List<ImageOccurrence> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String child = path.isEmpty() ? key : path + "." + key;
                if (CONTAINER_LISTS.contains(key) && e.getValue() instanceof List<?> containers) {
                    for (Object c : containers) {
                        if (c instanceof Map<?, ?> container && container.get("image") instanceof String image
                                && !image.isBlank()) {
                            out.add(new ImageOccurrence(image.trim(), source, object,
                                    child + "[" + container.get("name") + "]"));
                        }
                    }
                } else {
                    walk(e.getValue(), child, source, object, out);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", source, object, out);
            }
        }
    }
}
