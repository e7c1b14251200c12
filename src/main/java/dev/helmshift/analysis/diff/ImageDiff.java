package dev.helmshift.analysis.diff;

import dev.helmshift.analysis.images.ImageReference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Compares the image sets of two renders, pairing images by repository name (see {@link ImageChange}). */
public final class ImageDiff {
    private ImageDiff() {
    }

    public static List<ImageChange> between(Collection<String> oldImages, Collection<String> newImages) {
        TreeSet<String> removed = new TreeSet<>(oldImages);
        removed.removeAll(newImages);
        TreeSet<String> added = new TreeSet<>(newImages);
        added.removeAll(oldImages);
        List<ImageChange> changes = new ArrayList<>();
        for (String old : List.copyOf(removed)) {
            String name = name(old);
            String partner = added.stream().filter(n -> name(n).equals(name)).findFirst().orElse(null);
            if (partner != null) {
                changes.add(new ImageChange(old, partner));
                added.remove(partner);
                removed.remove(old);
            }
        }
        removed.forEach(old -> changes.add(new ImageChange(old, null)));
        added.forEach(now -> changes.add(new ImageChange(null, now)));
        changes.sort(Comparator.comparing((ImageChange c) -> c.oldImage() == null ? c.newImage() : c.oldImage()));
        return changes;
    }

    private static String name(String image) {
        ImageReference ref = ImageReference.parse(image);
        return ref == null ? image : ref.name();
    }
}
