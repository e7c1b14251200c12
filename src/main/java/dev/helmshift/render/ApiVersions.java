package dev.helmshift.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .Capabilities.APIVersions}: helm v4.1.4's built-in list of 57 group/versions (read from the real helm with a
 * probe template and pinned in {@code helm-api-versions.txt}), followed by the {@code --api-versions} the user added.
 * {@code Has} is an exact string match, as in Helm: {@code apps/v1} is there, {@code apps/v1/Deployment} only when given.
 */
public record ApiVersions(List<String> versions) {
    public static final ApiVersions DEFAULT = new ApiVersions(readBuiltIn());

    public ApiVersions {
        versions = List.copyOf(versions);
    }

    public ApiVersions plus(List<String> extra) {
        List<String> all = new ArrayList<>(versions);
        all.addAll(extra);
        return new ApiVersions(all);
    }

    public boolean has(String apiVersion) {
        return versions.contains(apiVersion);
    }

    private static List<String> readBuiltIn() {
        try (InputStream in = ApiVersions.class.getResourceAsStream("helm-api-versions.txt")) {
            if (in == null) {
                throw new IllegalStateException("helm-api-versions.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
