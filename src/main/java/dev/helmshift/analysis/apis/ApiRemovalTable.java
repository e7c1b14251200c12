package dev.helmshift.analysis.apis;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table of removed and deprecated API versions, read from the classpath resource {@value #RESOURCE}. */
public final class ApiRemovalTable {
    public static final String RESOURCE = "/helmshift/api-removals.yaml";
    private final List<ApiRemoval> entries;

    private ApiRemovalTable(List<ApiRemoval> entries) {
        this.entries = List.copyOf(entries);
    }

    private static final class Holder {
        static final ApiRemovalTable BUILT_IN = load();
    }

    /** The built-in table (loaded once). */
    public static ApiRemovalTable builtIn() {
        return Holder.BUILT_IN;
    }

    public List<ApiRemoval> entries() {
        return entries;
    }

    public Optional<ApiRemoval> find(String apiVersion, String kind) {
        return entries.stream().filter(e -> e.appliesTo(apiVersion, kind)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static ApiRemovalTable load() {
        try (InputStream in = ApiRemovalTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the API removal table " + RESOURCE + " is missing from the build");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<ApiRemoval> entries = new ArrayList<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) root.get("entries")) {
                Object deprecated = e.get("deprecated");
                entries.add(new ApiRemoval((String) e.get("apiVersion"), (List<String>) e.get("kinds"),
                        (String) e.getOrDefault("platform", "kubernetes"),
                        deprecated == null ? null : MinorVersion.parse(String.valueOf(deprecated)),
                        MinorVersion.parse(String.valueOf(e.get("removed"))), (String) e.get("replacement")));
            }
            return new ApiRemovalTable(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
