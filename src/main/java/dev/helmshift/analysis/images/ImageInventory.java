package dev.helmshift.analysis.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The images of one render: every occurrence, and the unique images sorted with their source templates.
 */
public record ImageInventory(List<ImageOccurrence> occurrences, List<UnresolvedImage> unresolved) {
    public ImageInventory {
        occurrences = List.copyOf(occurrences);
        unresolved = List.copyOf(unresolved);
    }

    /** Unique images, sorted, each with its sorted source templates. */
    public List<ImageEntry> entries() {
        Map<String, TreeSet<String>> byImage = new TreeMap<>();
        for (ImageOccurrence o : occurrences) {
            byImage.computeIfAbsent(o.image(), k -> new TreeSet<>()).add(o.source());
        }
        List<ImageEntry> entries = new ArrayList<>();
        byImage.forEach((image, sources) -> entries.add(new ImageEntry(image, new ArrayList<>(sources))));
        return entries;
    }

    /**
     * The objects that run these images ({@code Kind/name}, sorted, unique): every object with a pod spec, whatever
     * its kind; ConfigMaps that merely embed image references (Istio's injection templates) are not workloads.
     */
    public List<String> workloads() {
        return occurrences.stream().map(ImageOccurrence::object).filter(o -> !o.startsWith("ConfigMap/"))
                .distinct().sorted().toList();
    }

    /** The sorted unique image references. */
    public List<String> images() {
        return entries().stream().map(ImageEntry::image).toList();
    }
}
