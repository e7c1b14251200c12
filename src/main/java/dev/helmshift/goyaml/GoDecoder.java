package dev.helmshift.goyaml;

import dev.helmshift.gobytes.GoBytes;

import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * go-yaml v2's Unmarshal of a node tree into {@code interface{}}: maps keyed by Go values ({@code Map<Object, Object>},
 * a null key allowed), lists, and the scalars of {@link GoResolver}; timestamps stay their text. Merge keys
 * ({@code <<}) copy the merged maps' entries at the place they appear (a later key wins, a list merges its last map
 * first), an alias decodes its anchor's node again, and the same two guards as go-yaml stop alias abuse: an anchor
 * that contains itself, and a document whose decoding is mostly alias expansion ("document contains excessive
 * aliasing"). On top, at most {@value #MAX_VALUES} values per document.
 */
final class GoDecoder {
    static final int MAX_VALUES = 2_000_000;
    private static final int MAX_DEPTH = 10_000;

    private int decodeCount;
    private int aliasCount;
    private int aliasDepth;
    private int depth;
    /** The outermost alias being expanded: where an alias bomb is reported. */
    private Node expanding;
    private final Map<Node, Boolean> activeAliases = new IdentityHashMap<>();

    private GoDecoder() {
    }

    static Object decode(Node root) {
        return new GoDecoder().value(root);
    }

    private Object value(Node n) {
        decodeCount++;
        if (aliasDepth > 0) {
            aliasCount++;
        }
        if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > allowedAliasRatio()) {
            throw fail("document contains excessive aliasing", expanding != null ? expanding : n);
        }
        if (decodeCount > MAX_VALUES) {
            throw fail("document has more than " + MAX_VALUES + " values after expanding aliases", n);
        }
        if (n.kind == Node.Kind.ALIAS) {
            return alias(n);
        }
        if (++depth > MAX_DEPTH) {
            throw fail("document nested deeper than " + MAX_DEPTH + " levels", n);
        }
        try {
            return switch (n.kind) {
                case SCALAR -> scalar(n);
                case SEQUENCE -> sequence(n);
                default -> mapping(n, new LinkedHashMap<>());
            };
        } finally {
            depth--;
        }
    }

    private double allowedAliasRatio() {
        if (decodeCount <= 400_000) {
            return 0.99;
        }
        if (decodeCount >= 4_000_000) {
            return 0.10;
        }
        return 0.99 - 0.89 * ((decodeCount - 400_000) / 3_600_000.0);
    }

    private Object alias(Node n) {
        if (activeAliases.containsKey(n)) {
            throw fail("anchor '" + n.value + "' value contains itself", n);
        }
        activeAliases.put(n, Boolean.TRUE);
        if (aliasDepth++ == 0) {
            expanding = n;
        }
        try {
            return value(n.alias);
        } finally {
            if (--aliasDepth == 0) {
                expanding = null;
            }
            activeAliases.remove(n);
        }
    }

    private Object scalar(Node n) {
        if (n.tag.isEmpty() && !n.implicit) {
            return n.value;
        }
        GoResolver.Resolved resolved;
        try {
            resolved = GoResolver.resolve(n.tag, n.value);
        } catch (YamlSyntaxException e) {
            throw fail(e.getMessage().substring("yaml: ".length()), n);
        }
        if (resolved.tag().equals(GoResolver.BINARY)) {
            try {
                return GoBytes.decode(Base64.getDecoder().decode(n.value.replace("\r", "").replace("\n", "")));
            } catch (IllegalArgumentException e) {
                throw fail("!!binary value contains invalid base64 data", n);
            }
        }
        if (resolved.tag().equals(GoResolver.TIMESTAMP)) {
            return n.value; // go-yaml v2 keeps timestamps as text when decoding into interface{}
        }
        return resolved.value();
    }

    private List<Object> sequence(Node n) {
        List<Object> list = new ArrayList<>(n.children.size());
        for (Node child : n.children) {
            list.add(value(child));
        }
        return list;
    }

    private Map<Object, Object> mapping(Node n, Map<Object, Object> into) {
        List<Node> children = n.children;
        for (int i = 0; i < children.size(); i += 2) {
            Node key = children.get(i);
            if (isMerge(key)) {
                merge(children.get(i + 1), into);
                continue;
            }
            Object k = value(key);
            if (k instanceof Map<?, ?> || k instanceof List<?>) {
                throw fail("invalid map key: " + GoSyntax.of(k), key);
            }
            Object v = value(children.get(i + 1));
            into.put(k, v); // a repeated key keeps its first place and takes the last value, as Helm's (unordered) map

        }
        return into;
    }

    private static boolean isMerge(Node n) {
        return n.kind == Node.Kind.SCALAR && n.value.equals("<<")
                && (n.implicit || n.tag.equals(GoResolver.MERGE));
    }

    private void merge(Node n, Map<Object, Object> into) {
        switch (n.kind) {
            case MAPPING -> mergeMap(n, into);
            case ALIAS -> {
                if (n.alias.kind != Node.Kind.MAPPING) {
                    throw fail(WANT_MAP, n);
                }
                mergeMap(n, into);
            }
            case SEQUENCE -> {
                for (int i = n.children.size() - 1; i >= 0; i--) {
                    Node item = n.children.get(i);
                    Node target = item.kind == Node.Kind.ALIAS ? item.alias : item;
                    if (target.kind != Node.Kind.MAPPING) {
                        throw fail(WANT_MAP, item);
                    }
                    mergeMap(item, into);
                }
            }
            default -> throw fail(WANT_MAP, n);
        }
    }

    private static final String WANT_MAP = "map merge requires map or sequence of maps as the value";

    /** Decodes a merged map (directly or through its alias) into the map being built, with go-yaml's counting. */
    @SuppressWarnings("unchecked")
    private void mergeMap(Node n, Map<Object, Object> into) {
        Object merged = value(n);
        if (merged instanceof Map<?, ?> m) {
            for (Map.Entry<Object, Object> e : ((Map<Object, Object>) m).entrySet()) {
                into.put(e.getKey(), e.getValue());
            }
        }
    }

    private static YamlSyntaxException fail(String text, Node at) {
        return YamlSyntaxException.decoder(text, at.line + 1, at.column + 1);
    }
}
