package dev.helmshift.report;

/**
 * Where a finding points: a file (values file or template source), a 1-based line (0 when unknown) and a
 * path inside it (a values key path such as {@code global.mtls.enabled}, or a resource such as {@code Deployment/istio-system/istio-pilot}).
 */
public record Location(String file, int line, String path) {
    public Location {
        file = file == null ? "" : file;
        path = path == null ? "" : path;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (unknown) or positive: " + line);
        }
    }

    public static Location of(String file, int line, String path) {
        return new Location(file, line, path);
    }

    public static Location path(String path) {
        return new Location("", 0, path);
    }

    /** {@code file:line} or {@code file} or empty, for text outputs. */
    public String fileAndLine() {
        if (file.isEmpty()) {
            return "";
        }
        return line > 0 ? file + ":" + line : file;
    }
}
