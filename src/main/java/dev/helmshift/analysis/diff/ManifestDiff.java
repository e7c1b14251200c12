package dev.helmshift.analysis.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.helmshift.analysis.manifest.Manifest;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs the objects of two renders by {@code kind/namespace/name} and reports the added, removed and changed ones,
 * each changed one with a unified diff (3 lines of context) of its normalized YAML ({@link ManifestNormalizer}).
 * When two objects share a key in one render (helm would fail to install that), the last one wins.
 */
public final class ManifestDiff {
    private ManifestDiff() {
    }

    public static List<ResourceChange> between(List<Manifest> oldManifests, List<Manifest> newManifests) {
        Map<String, Manifest> before = byKey(oldManifests);
        Map<String, Manifest> after = byKey(newManifests);
        List<ResourceChange> changes = new ArrayList<>();
        for (Map.Entry<String, Manifest> e : after.entrySet()) {
            Manifest old = before.get(e.getKey());
            Manifest now = e.getValue();
            if (old == null) {
                changes.add(new ResourceChange(ResourceChange.Kind.ADDED, e.getKey(), now.source(), List.of()));
                continue;
            }
            List<String> oldLines = lines(old);
            List<String> newLines = lines(now);
            if (!oldLines.equals(newLines)) {
                Patch<String> patch = DiffUtils.diff(oldLines, newLines);
                List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(
                        "a/" + e.getKey(), "b/" + e.getKey(), oldLines, patch, 3);
                changes.add(new ResourceChange(ResourceChange.Kind.CHANGED, e.getKey(), now.source(), unified));
            }
        }
        for (Map.Entry<String, Manifest> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                changes.add(new ResourceChange(ResourceChange.Kind.REMOVED, e.getKey(), e.getValue().source(), List.of()));
            }
        }
        changes.sort((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.key().compareTo(b.key()));
        return changes;
    }

    private static Map<String, Manifest> byKey(List<Manifest> manifests) {
        Map<String, Manifest> out = new TreeMap<>();
        manifests.forEach(m -> out.put(m.key(), m));
        return out;
    }

    static List<String> lines(Manifest m) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setSplitLines(false);
        options.setIndicatorIndent(0);
        String yaml = new Yaml(options).dump(new LinkedHashMap<>(ManifestNormalizer.normalize(m.kind(), m.body())));
        return Arrays.asList(yaml.split("\n"));
    }
}
