package dev.helmshift.render;

import dev.helmshift.gobytes.GoBytes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code .Files}: the chart's non-template files (paths relative to the chart root, '/'-separated), as Helm's
 * {@code engine.files} offers them. It holds only what the loader handed over, so nothing outside the chart root can be
 * read: an unknown or escaping path ({@code ../x}) simply is not a key and gives empty content, as in Helm.
 */
public final class HelmFiles {
    private final SortedMap<String, byte[]> files;
    private final Function<Object, String> toYaml;

    /**
     * @param files  path relative to the chart root → content
     * @param toYaml Helm's {@code toYaml} (sorted keys, trailing newline removed), used by AsConfig/AsSecrets
     */
    public HelmFiles(Map<String, byte[]> files, Function<Object, String> toYaml) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.toYaml = toYaml;
    }

    /** The files in path order; {@code range $path, $bytes := .Files.Glob ...} iterates these. */
    public SortedMap<String, byte[]> entries() {
        return files;
    }

    /** {@code GetBytes}: the content, or no bytes when the file is not in the chart. */
    public byte[] getBytes(String name) {
        byte[] content = files.get(name);
        return content == null ? new byte[0] : content.clone();
    }

    /** {@code Get}: the content as a Go string (its bytes kept, {@link GoBytes}), or "" when the file is not in the chart. */
    public String get(String name) {
        byte[] content = files.get(name);
        return content == null ? "" : GoBytes.decode(content);
    }

    /** {@code Glob}: the files whose path matches a gobwas-style glob ({@code *}, {@code **}, {@code ?}, {@code [..]}, {@code {a,b}}). */
    public HelmFiles glob(String pattern) {
        FilesGlob glob = FilesGlob.compile(pattern);
        Map<String, byte[]> matched = new TreeMap<>();
        files.forEach((path, content) -> {
            if (glob.matches(path)) {
                matched.put(path, content);
            }
        });
        return new HelmFiles(matched, toYaml);
    }

    /** {@code AsConfig}: base file name → content, as YAML (a ConfigMap's data). */
    public String asConfig() {
        Map<String, Object> data = new TreeMap<>();
        files.forEach((path, content) -> data.put(baseName(path), GoBytes.decode(content)));
        return toYaml.apply(data);
    }

    /** {@code AsSecrets}: base file name → base64 content, as YAML (a Secret's data). */
    public String asSecrets() {
        Map<String, Object> data = new TreeMap<>();
        files.forEach((path, content) -> data.put(baseName(path), Base64.getEncoder().encodeToString(content)));
        return toYaml.apply(data);
    }

    /** {@code Lines}: the file's lines (one trailing newline ignored), or an empty list when absent. */
    public List<Object> lines(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            return new ArrayList<>();
        }
        String text = GoBytes.decode(content);
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return new ArrayList<>(Arrays.asList((Object[]) text.split("\n", -1)));
    }

    private static String baseName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
