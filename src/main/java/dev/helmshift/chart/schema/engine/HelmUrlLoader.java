package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoJsonException;
import dev.helmshift.chart.schema.golang.GoJsonStream;
import dev.helmshift.chart.schema.golang.GoQuote;
import dev.helmshift.chart.schema.golang.GoUrl;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The loaders helm v4.1.4 registers for referenced schema documents, by URL scheme:
 * <ul>
 *   <li>{@code file}: the file at that absolute path on this machine, as helm reads it (a relative reference in
 *       values.schema.json resolves against {@code file:///values.schema.json}, so {@code other.json} is
 *       {@code /other.json});</li>
 *   <li>{@code http}, {@code https}: fetched as helm fetches them ({@link RemoteSchemas}), with helm's error texts;</li>
 *   <li>{@code urn}: helm resolves none, warns once and uses the permissive schema {@code true};</li>
 *   <li>anything else: {@code no URLLoader registered for "URL"}.</li>
 * </ul>
 */
public final class HelmUrlLoader implements UrlLoader {
    private final List<String> warnings;

    /** @param warnings receives what helm logs at WARN level (an unresolved {@code urn:} reference) */
    public HelmUrlLoader(List<String> warnings) {
        this.warnings = warnings;
    }

    @Override
    public Object load(String url) throws SchemaException {
        GoUrl u;
        try {
            u = GoUrl.parse(url);
        } catch (GoUrl.GoUrlException e) {
            throw new SchemaException(e.getMessage());
        }
        return switch (u.scheme()) {
            case "file" -> file(u.path());
            case "http", "https" -> RemoteSchemas.fetch(url);
            case "urn" -> {
                String warning = "unresolved URN reference ignored; using permissive schema urn=" + url;
                if (!warnings.contains(warning)) {
                    warnings.add(warning);
                }
                yield Boolean.TRUE;
            }
            default -> throw new SchemaException("no URLLoader registered for " + GoQuote.quote(u.toString()));
        };
    }

    private static Object file(String path) throws SchemaException {
        Path p = Path.of(path.isEmpty() ? "/" : path);
        byte[] data;
        try {
            if (Files.isDirectory(p)) {
                throw new SchemaException("read " + path + ": is a directory");
            }
            data = Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new SchemaException("open " + path + ": no such file or directory");
        } catch (AccessDeniedException e) {
            throw new SchemaException("open " + path + ": permission denied");
        } catch (IOException e) {
            throw new SchemaException("open " + path + ": " + e.getMessage());
        }
        try {
            return GoJsonStream.decode(data);
        } catch (GoJsonException e) {
            throw new SchemaException(e.getMessage());
        }
    }
}
