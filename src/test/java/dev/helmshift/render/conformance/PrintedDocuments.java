package dev.helmshift.render.conformance;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.render.ManifestSplitter;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        if (GoBytes.hasRawBytes(body)) {
            // Bytes that are not UTF-8 (beyond what helm's YAML reader looked at): compared as the bytes they are.
            return "<<bytes: " + HexFormat.of().formatHex(GoBytes.encode(body)) + ">>";
        }
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

    /**
     * Where two prints of the same render differ, per Source path: the leaves helm fills with fresh random values on
     * every run. Null when the two do not have the same documents in the same order (no leaf-by-leaf comparison).
     */
    Map<String, Set<List<Object>>> randomLeaves(PrintedDocuments again) {
        if (documents.size() != again.documents.size()) {
            return null;
        }
        Map<String, Set<List<Object>>> leaves = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Doc a = documents.get(i);
            Doc b = again.documents.get(i);
            if (!a.source().equals(b.source())) {
                return null;
            }
            differingLeaves(a.yaml(), b.yaml(), new ArrayList<>(),
                    leaves.computeIfAbsent(a.source(), s -> new HashSet<>()));
        }
        return leaves;
    }

    private static void differingLeaves(Object a, Object b, List<Object> path, Set<List<Object>> out) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb && ma.keySet().equals(mb.keySet())) {
            for (Object key : ma.keySet()) {
                path.add(key);
                differingLeaves(ma.get(key), mb.get(key), path, out);
                path.remove(path.size() - 1);
            }
        } else if (a instanceof List<?> la && b instanceof List<?> lb && la.size() == lb.size()) {
            for (int i = 0; i < la.size(); i++) {
                path.add(i);
                differingLeaves(la.get(i), lb.get(i), path, out);
                path.remove(path.size() - 1);
            }
        } else if (!Objects.equals(a, b)) {
            out.add(List.copyOf(path));
        }
    }

    /** These documents with each leaf of {@code leaves} (per Source path) replaced by a placeholder. */
    PrintedDocuments masked(Map<String, Set<List<Object>>> leaves) {
        List<Doc> docs = new ArrayList<>();
        for (Doc d : documents) {
            Set<List<Object>> paths = leaves.getOrDefault(d.source(), Set.of());
            docs.add(paths.isEmpty() ? d : new Doc(d.source(), mask(d.yaml(), new ArrayList<>(), paths), d.text()));
        }
        return new PrintedDocuments(docs);
    }

    private static Object mask(Object node, List<Object> path, Set<List<Object>> paths) {
        if (paths.contains(path)) {
            return "<random>";
        }
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                path.add(k);
                copy.put(k, mask(v, path, paths));
                path.remove(path.size() - 1);
            });
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                copy.add(mask(list.get(i), path, paths));
                path.remove(path.size() - 1);
            }
            return copy;
        }
        return node;
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
