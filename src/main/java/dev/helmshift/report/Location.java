package dev.helmshift.report;

/**
 * Where a finding points: a file (values file or template source), a 1-based line (0 when unknown) and a
 * path inside it (a values key path such as {@code global.mtls.enabled}, or a resource such as {@code Deployment/istio-system/istio-pilot}).
 * <p>
 * {@code file} is what people read: a values file as given, or a template as Helm names it ({@code istio/charts/pilot/templates/x.yaml}).
 * {@code onDisk}, when set, is the file behind it that a code-scanning service can open (the template inside the
 * chart folder, or the .tgz holding it); when absent, {@code file} and {@code line} are that file already.
 */
public record Location(String file, int line, String path, SourceFile onDisk) {
    public Location {
        file = file == null ? "" : file;
        path = path == null ? "" : path;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
        }
    }

    public static Location of(String file, int line, String path) {
        return new Location(file, line, path, null);
    }

    public static Location path(String path) {
        return new Location("", 0, path, null);
    }

    /** The same place, found on disk as {@code source} (the line shown to people becomes the source's line when it has one). */
    public Location onDisk(SourceFile source) {
        return new Location(file, source.line() > 0 && !file.isEmpty() ? source.line() : line, path, source);
    }

    /** The file on disk a code-scanning report names, if any. */
    public java.util.Optional<SourceFile> sourceFile() {
        if (onDisk != null) {
            return java.util.Optional.of(onDisk);
        }
        return file.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new SourceFile(file, line));
    }

    /** {@code file:line} or {@code file} or empty, for text outputs. */
    public String fileAndLine() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }
}
