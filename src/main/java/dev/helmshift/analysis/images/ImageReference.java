package dev.helmshift.analysis.images;

import com.google.re2j.Pattern;

/**
 * A container image reference split the way Docker reads it: {@code [registry/]path[:tag][@digest]}.
 * The first path component is a registry only when it holds a dot or a colon or is {@code localhost}; otherwise the
 * registry is the implicit {@code docker.io}, and a one-component Docker Hub path means {@code library/<name>}.
 */
public record ImageReference(String original, String registry, boolean explicitRegistry, String path, String tag, String digest) {

    private static final Pattern SHAPE = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9._/:@+-]*$");
    public static final String DOCKER_HUB = "docker.io";

    /** Parses a reference; null when the text cannot be an image (blank, spaces, template markup). */
    public static ImageReference parse(String text) {
        if (text == null) {
            return null;
        }
        String ref = text.trim();
        if (ref.isEmpty() || !SHAPE.matcher(ref).matches() || ref.endsWith("/") || ref.endsWith(":")) {
            return null;
        }
        String digest = "";
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            ref = ref.substring(0, at);
        }
        String tag = "";
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = ref.substring(colon + 1);
            ref = ref.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        boolean explicit = false;
        String path = ref;
        int slash = ref.indexOf('/');
        if (slash > 0) {
            String first = ref.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                explicit = true;
                path = ref.substring(slash + 1);
            }
        }
        if (path.isEmpty()) {
            return null;
        }
        return new ImageReference(text.trim(), registry, explicit, path, tag, digest);
    }

    /** The repository path as the registry stores it: Docker Hub's one-component names live under {@code library/}. */
    public String normalizedPath() {
        return registry.equals(DOCKER_HUB) && !path.contains("/") ? "library/" + path : path;
    }

    /** The last path component, e.g. {@code proxyv2}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code :tag} and/or {@code @digest}, as written. */
    public String suffix() {
        return (tag.isEmpty() ? "" : ":" + tag) + (digest.isEmpty() ? "" : "@" + digest);
    }

    /**
     * A tag that may point at different images over time: no tag and no digest, {@code latest}, or a tag ending in
     * {@code -latest}, {@code -latest-daily}, {@code -daily} or {@code -dev} (Istio's nightly and development tags).
     */
    public boolean hasFloatingTag() {
        if (!digest.isEmpty()) {
            return false;
        }
        return tag.isEmpty() || tag.equals("latest") || tag.endsWith("-latest") || tag.endsWith("-latest-daily")
                || tag.endsWith("-daily") || tag.endsWith("-dev");
    }

    @Override
    public String toString() {
        return original;
    }
}
