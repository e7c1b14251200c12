package dev.helmshift.chart;

import dev.helmshift.gobytes.GoBytes;

/**
 * One file under templates/, as Helm keeps it.
 *
 * @param path the path relative to the chart root, e.g. {@code templates/deployment.yaml}
 * @param data the bytes (a UTF-8 byte order mark already removed, as Helm does)
 */
public record Template(String path, byte[] data) {
    public Template {
        if (path == null || !path.startsWith("templates/")) {
            throw new IllegalArgumentException("a template path starts with templates/: " + path);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The template text as Go holds it: UTF-8, with any byte that is not UTF-8 kept ({@link GoBytes}). */
    public String text() {
        return GoBytes.decode(data);
    }

    /** The file name without folders. */
    public String baseName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A partial ({@code _helpers.tpl}): defines templates but is never emitted. */
    public boolean isPartial() {
        return baseName().startsWith("_");
    }

    /** NOTES.txt is rendered by helm install but not emitted by helm template. */
    public boolean isNotes() {
        return path.equals("templates/NOTES.txt");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Template t && t.path.equals(path) && java.util.Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Template[" + path + ", " + data.length + " bytes]";
    }
}
