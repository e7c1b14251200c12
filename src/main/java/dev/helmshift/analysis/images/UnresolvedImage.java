package dev.helmshift.analysis.images;

/**
 * An {@code image:} line inside embedded text (e.g. a sidecar-injector template of Istio 1.1+) that is itself a
 * template ({@code {{ ... }}}) evaluated later by another program, so no fixed image can be read from it.
 */
public record UnresolvedImage(String source, String object, String text) {
}
