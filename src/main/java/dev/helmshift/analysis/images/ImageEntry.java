package dev.helmshift.analysis.images;

import java.util.List;

/** An image of a render with the templates that produce it (sorted, unique). */
public record ImageEntry(String image, List<String> sources) {
    public ImageEntry {
        sources = List.copyOf(sources);
    }
}
