package dev.helmshift.analysis.images;

import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plans a mirror for a chart's images.
 * <p>Copies: each image of the render goes to {@link MirrorLayout#target}.
 * <p>Overrides, read from the effective values (Istio's conventions, which other charts share):
 * <ul>
 *   <li>every string {@code hub} key ({@code global.hub}, {@code prometheus.hub}, {@code global.hyperkube.hub}, ...)
 *   is pointed at the mirror location of that hub, so {@code hub/name:tag} images follow;</li>
 *   <li>every string {@code image} or {@code *Image} key whose value contains "/" (Istio's templates use such a value
 *   as the whole reference: {@code if contains "/" .Values.image}) and every {@code repository} key with a "/" is
 *   replaced by its mirror reference.</li>
 * </ul>
 * Keys under a subchart's copy of {@code global} are skipped: Helm copies the root {@code global} down.
 * Whether that moved every image is proved by rendering again ({@link #verify}).
 */
public final class MirrorPlanner {
    public static final String RULE_NOT_MIRRORED = "image-not-mirrored";
    public static final String RULE_COLLISION = "mirror-collision";

    private MirrorPlanner() {
    }

    public static MirrorPlan plan(List<String> images, Map<String, Object> effectiveValues, String mirror,
                                  MirrorLayout layout) {
        String base = trimSlashes(mirror);
        List<MirrorCopy> copies = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, String> sourceOfTarget = new HashMap<>();
        for (String image : images.stream().sorted().distinct().toList()) {
            ImageReference ref = ImageReference.parse(image);
            if (ref == null) {
                findings.add(new Finding(RULE_NOT_MIRRORED, Severity.WARNING,
                        "'" + image + "' is not an image reference, so it cannot be mirrored", null,
                        "fix the value that produces it"));
                continue;
            }
            String target = layout.target(base, ref);
            String clash = sourceOfTarget.putIfAbsent(target, image);
            if (clash != null) {
                findings.add(new Finding(RULE_COLLISION, Severity.ERROR,
                        image + " and " + clash + " both map to " + target, Location.path(target),
                        "use the keep-path layout"));
            }
            copies.add(new MirrorCopy(image, target));
        }
        Map<String, ValueOverride> overrides = new TreeMap<>();
        collect(effectiveValues, "", base, layout, overrides);
        return new MirrorPlan(base, layout, copies, new ArrayList<>(overrides.values()), findings);
    }

    /**
     * Checks a render made with the plan's overrides: every image must be a copy target. Each one that is not
     * becomes an error finding naming its templates.
     */
    public static List<Finding> verify(MirrorPlan plan, ImageInventory rerendered) {
        List<String> targets = plan.copies().stream().map(MirrorCopy::target).toList();
        List<Finding> findings = new ArrayList<>();
        for (ImageEntry e : rerendered.entries()) {
            if (!e.image().startsWith(plan.mirror() + "/")) {
                findings.add(new Finding(RULE_NOT_MIRRORED, Severity.ERROR,
                        e.image() + " still comes from outside the mirror after the overrides",
                        Location.of(e.sources().get(0), 0, e.image()),
                        "set the value that template reads to a " + plan.mirror() + " image"));
            } else if (!targets.contains(e.image())) {
                findings.add(new Finding(RULE_NOT_MIRRORED, Severity.ERROR,
                        e.image() + " points at the mirror but is not in the copy plan",
                        Location.of(e.sources().get(0), 0, e.image()),
                        "check the image's values: hub, image and tag must produce a planned target"));
            }
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> values, String prefix, String mirror, MirrorLayout layout,
                                Map<String, ValueOverride> out) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey();
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            Object value = e.getValue();
            if (value instanceof Map<?, ?> child) {
                if (key.equals("global") && !prefix.isEmpty()) {
                    continue;
                }
                collect((Map<String, Object>) child, path, mirror, layout, out);
            } else if (value instanceof String text && !text.isBlank()) {
                String replacement = replacement(key, text.trim(), mirror, layout);
                if (replacement != null && !replacement.equals(text)) {
                    out.put(path, new ValueOverride(path, text, replacement));
                }
            }
        }
    }

    private static String replacement(String key, String value, String mirror, MirrorLayout layout) {
        if (value.startsWith(mirror + "/") || value.equals(mirror)) {
            return null;
        }
        if (key.equals("hub")) {
            return layout.targetPrefix(mirror, value);
        }
        boolean imageKey = key.equals("image") || key.endsWith("Image") || key.equals("repository");
        if (imageKey && value.contains("/")) {
            ImageReference ref = ImageReference.parse(value);
            return ref == null ? null : layout.target(mirror, ref);
        }
        return null;
    }

    private static String trimSlashes(String mirror) {
        String m = mirror.trim();
        while (m.endsWith("/")) {
            m = m.substring(0, m.length() - 1);
        }
        return m;
    }
}
