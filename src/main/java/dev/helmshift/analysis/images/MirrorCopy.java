package dev.helmshift.analysis.images;

/** One image to copy into the mirror, e.g. with {@code crane copy SOURCE TARGET} or {@code skopeo copy}. */
public record MirrorCopy(String source, String target) {
}
