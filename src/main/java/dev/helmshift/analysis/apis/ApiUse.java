package dev.helmshift.analysis.apis;

/**
 * An apiVersion/kind pair found in a manifest: the object's own ({@code field} empty) or a nested reference such as
 * {@code spec.scaleTargetRef} or {@code metadata.ownerReferences[0]}.
 */
public record ApiUse(String source, String object, String field, String apiVersion, String kind) {
}
