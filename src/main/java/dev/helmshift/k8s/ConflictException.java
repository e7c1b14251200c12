package dev.helmshift.k8s;

/**
 * The object changed between our read and our write (HTTP 409, or a failed JSON Patch test): someone else acted.
 * Callers re-read and decide again; they never overwrite.
 */
public class ConflictException extends KubeException {
    public ConflictException(String resource, int status) {
        super("conflict writing " + resource + ": it changed since it was read", "re-read and try again", status, resource);
    }
}
