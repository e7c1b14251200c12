package dev.helmshift.analysis.diff;

/**
 * An image that differs between two renders. Images are paired by repository name (the last path component):
 * {@code gcr.io/istio-release/pilot:1.0.4 -> docker.io/istio/pilot:1.4.6} is one change. An image with no partner
 * is added ({@code oldImage} null) or removed ({@code newImage} null).
 */
public record ImageChange(String oldImage, String newImage) {
}
