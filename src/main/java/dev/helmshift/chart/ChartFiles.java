package dev.helmshift.chart;

import dev.helmshift.gobytes.GoBytes;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart's other files, the ones templates reach through {@code .Files}: every loaded file that is not
 * Chart.yaml (v2), values.yaml, values.schema.json, a lock file, a template or under charts/. Paths are relative to
 * the chart root with '/' separators; nothing outside the chart root can be in here, the loader refuses it.
 */
public final class ChartFiles {
    private final Map<String, byte[]> files;

    private ChartFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    public static ChartFiles of(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, data) -> copy.put(path, data.clone()));
        return new ChartFiles(Collections.unmodifiableMap(copy));
    }

    public static ChartFiles empty() {
        return new ChartFiles(Collections.emptyMap());
    }

    /** The sorted paths. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /** The bytes of a file, or null when there is no such file. */
    public byte[] get(String path) {
        byte[] data = files.get(path);
        return data == null ? null : data.clone();
    }

    /** The text of a file as a Go string ({@link GoBytes}), or null when there is no such file. */
    public String text(String path) {
        byte[] data = files.get(path);
        return data == null ? null : GoBytes.decode(data);
    }

    public int size() {
        return files.size();
    }

    @Override
    public String toString() {
        return "ChartFiles" + files.keySet();
    }
}
