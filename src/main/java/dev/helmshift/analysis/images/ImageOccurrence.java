package dev.helmshift.analysis.images;

/**
 * One place an image appears in a render.
 *
 * @param image  the reference as written
 * @param source the template that produced it
 * @param object the Kubernetes object, {@code Kind/name}
 * @param field  where in the object, e.g. {@code spec.template.spec.containers[discovery]} or {@code data.config (embedded)}
 */
public record ImageOccurrence(String image, String source, String object, String field) {
}
