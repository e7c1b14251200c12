package dev.helmshift.render.conformance;

import dev.helmshift.render.ManifestSplitter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code helm template} printed, read back as documents: each one's Source path and its parsed YAML, so two
 * renders compare as multisets of documents regardless of key order or quoting style.
 */
record PrintedDocuments(List<Doc> documents) {

    record Doc(String source, Object yaml, String text) {
    }

    static PrintedDocuments parse(String printed) {
        List<Doc> docs = new ArrayList<>();
        for (String piece : ManifestSplitter.split(printed)) {
            String source = "";
            String body = piece;
            if (piece.startsWith("# Source: ")) {
                int eol = piece.indexOf('\n');
                source = piece.substring("# Source: ".length(), eol < 0 ? piece.length() : eol);
                body = eol < 0 ? "" : piece.substring(eol + 1);
            }
            docs.add(new Doc(source, load(body), body));
        }
        return new PrintedDocuments(docs);
    }

    private static Object load(String body) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10_000);
        options.setWarnOnDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(body);
        } catch (RuntimeException e) {
            return "<<unparsable: " + e.getMessage().lines().findFirst().orElse("") + ">>";
        }
    }

    /** Documents of {@code this} that {@code other} lacks (multiset difference), described for a failure message. */
    List<String> missingFrom(PrintedDocuments other) {
        Map<Key, Integer> counts = new HashMap<>();
        for (Doc d : other.documents) {
            counts.merge(new Key(d.source(), d.yaml()), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (Doc d : documents) {
            Key key = new Key(d.source(), d.yaml());
            Integer n = counts.get(key);
            if (n == null || n == 0) {
                missing.add(d.source() + ":\n" + d.text().lines().limit(40).reduce((a, b) -> a + "\n" + b).orElse(""));
            } else {
                counts.put(key, n - 1);
            }
        }
        return missing;
    }

    List<String> sources() {
        return documents.stream().map(Doc::source).toList();
    }

    private record Key(String source, Object yaml) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.source.equals(source) && Objects.equals(k.yaml, yaml);
        }

        @Override
        public int hashCode() {
            return source.hashCode();
        }
    }
}
