package dev.helmshift.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository root that code-scanning reports name files against. GitHub code scanning and GitLab place a
 * finding on a file only by its path relative to the repository, so SARIF carries {@code uriBaseId: %SRCROOT%}
 * with a relative URI, and JUnit a relative {@code file}. Files outside the root keep an absolute path.
 *
 * @param root             the repository root, absolute and normalized
 * @param workingDirectory what relative file names are relative to, absolute and normalized
 */
public record SourceRoot(Path root, Path workingDirectory) {
    /** The SARIF base id of the repository root, the one GitHub code scanning and the SARIF spec's examples use. */
    public static final String BASE_ID = "%SRCROOT%";

    public SourceRoot {
        root = root.toAbsolutePath().normalize();
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** Relative names are relative to the current directory, and so is the root when it is relative. */
    public static SourceRoot at(Path root) {
        Path cwd = Path.of("").toAbsolutePath();
        return new SourceRoot(cwd.resolve(root), cwd);
    }

    /** {@code file} relative to the root with '/' separators, or empty when it lies outside the root. */
    public Optional<String> relativePath(String file) {
        Path absolute = workingDirectory.resolve(file).normalize();
        if (!absolute.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(absolute).toString().replace(java.io.File.separatorChar, '/'));
    }

    /** The path a JUnit report names: relative to the root when inside it, else absolute. */
    public String displayPath(String file) {
        return relativePath(file).orElseGet(() -> workingDirectory.resolve(file).normalize().toString());
    }

    /** A SARIF URI: relative and percent-encoded inside the root ({@link #BASE_ID}), else an absolute file URI. */
    public String uri(String file) {
        return relativePath(file).map(SourceRoot::encode)
                .orElseGet(() -> workingDirectory.resolve(file).normalize().toUri().toString());
    }

    /** The root as an absolute file URI ending in '/', as SARIF's originalUriBaseIds requires. */
    public String rootUri() {
        String uri = root.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** RFC 3986: every byte of the UTF-8 path outside the unreserved characters and '/' is percent-encoded. */
    static String encode(String relativePath) {
        StringBuilder out = new StringBuilder();
        for (byte b : relativePath.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
