package dev.helmshift.analysis.diff;

import dev.helmshift.analysis.values.ValueRename;
import dev.helmshift.analysis.values.ValuesDiff;
import dev.helmshift.analysis.values.ValueChange;

import dev.helmshift.analysis.images.ImageExtractor;
import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.analysis.snapshot.ChartSnapshot;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything {@code diff OLD NEW} reports: the objects, the images, the chart's default values keys that were removed
 * or renamed, and the subcharts added or removed.
 */
public record ChartDiff(List<ResourceChange> resources, List<ImageChange> images, List<String> valuesRemoved,
                        List<ValueRename> valuesRenamed, List<String> subchartsAdded, List<String> subchartsRemoved) {

    public ChartDiff {
        resources = List.copyOf(resources);
        images = List.copyOf(images);
        valuesRemoved = List.copyOf(valuesRemoved);
        valuesRenamed = List.copyOf(valuesRenamed);
        subchartsAdded = List.copyOf(subchartsAdded);
        subchartsRemoved = List.copyOf(subchartsRemoved);
    }

    /** Builds the whole diff from the two renders' parts. Removed keys that were renamed are listed only as renames. */
    public static ChartDiff of(List<ResourceChange> resources, List<ImageChange> images, ValuesDiff defaults,
                               Set<String> oldSubcharts, Set<String> newSubcharts) {
        List<ValueRename> renames = defaults.renames();
        Set<String> renamedFrom = new TreeSet<>();
        renames.forEach(r -> renamedFrom.add(r.from()));
        List<String> removed = defaults.of(ValueChange.Kind.REMOVED).stream().map(ValueChange::path)
                .filter(p -> !renamedFrom.contains(p)).toList();
        TreeSet<String> added = new TreeSet<>(newSubcharts);
        added.removeAll(oldSubcharts);
        TreeSet<String> gone = new TreeSet<>(oldSubcharts);
        gone.removeAll(newSubcharts);
        return new ChartDiff(resources, images, removed, renames, List.copyOf(added), List.copyOf(gone));
    }

    /** The diff of two rendered charts: objects, images, default values keys, subcharts. */
    public static ChartDiff between(ChartSnapshot old, ChartSnapshot now) {
        List<Manifest> before = Manifests.parse(old.documents()).manifests();
        List<Manifest> after = Manifests.parse(now.documents()).manifests();
        return of(ManifestDiff.between(before, after),
                ImageDiff.between(ImageExtractor.extract(before).images(), ImageExtractor.extract(after).images()),
                ValuesDiff.between(old.defaults(), now.defaults()), old.subcharts(), now.subcharts());
    }

    public long count(ResourceChange.Kind kind) {
        return resources.stream().filter(r -> r.kind() == kind).count();
    }

    /** {@code Plan: 3 to add, 40 to change, 12 to remove.} */
    public String planLine() {
        return "Plan: " + count(ResourceChange.Kind.ADDED) + " to add, " + count(ResourceChange.Kind.CHANGED)
                + " to change, " + count(ResourceChange.Kind.REMOVED) + " to remove.";
    }
}
