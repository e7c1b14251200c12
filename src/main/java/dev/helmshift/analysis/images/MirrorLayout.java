package dev.helmshift.analysis.images;

/**
 * How source images map into the mirror.
 * <ul>
 *   <li>{@link #KEEP_PATH} (default): {@code MIRROR/<repository path>:<tag>}; the source registry host is dropped, the
 *   path kept, e.g. {@code gcr.io/istio-release/pilot:1.0.4 -> registry.local/istio/istio-release/pilot:1.0.4}.
 *   Distinct sources never collide (unless two registries hold the same path).</li>
 *   <li>{@link #FLATTEN}: {@code MIRROR/<last path component>:<tag>}, e.g. {@code registry.local/istio/pilot:1.0.4};
 *   shorter, but {@code a/x:1} and {@code b/x:1} collide (reported as a finding).</li>
 * </ul>
 */
public enum MirrorLayout {
    KEEP_PATH, FLATTEN;

    /** The mirror image for a source image. */
    public String target(String mirror, ImageReference source) {
        String repo = this == KEEP_PATH ? source.normalizedPath() : source.name();
        return mirror + "/" + repo + source.suffix();
    }

    /** The mirror location for an image prefix ("hub") such as {@code docker.io/prom}. */
    public String targetPrefix(String mirror, String hub) {
        if (this == FLATTEN) {
            return mirror;
        }
        ImageReference asImage = ImageReference.parse(hub + "/x");
        if (asImage == null) {
            return mirror;
        }
        String path = asImage.path();
        String prefix = path.substring(0, path.length() - 2);
        return prefix.isEmpty() ? mirror : mirror + "/" + prefix;
    }
}
