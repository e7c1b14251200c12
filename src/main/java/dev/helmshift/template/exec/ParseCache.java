package dev.helmshift.template.exec;

import dev.helmshift.template.parse.Parser;
import dev.helmshift.template.parse.Tree;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed trees by (name, text, function names): parsing the same file for another profile or release is free.
 * Trees are immutable, so they are shared. Bounded: cleared when it grows past its limit.
 */
final class ParseCache {
    private static final int LIMIT = 8192;
    private static final Map<Key, Map<String, Tree>> CACHE = new ConcurrentHashMap<>();

    private record Key(String name, String text, java.util.Set<String> functions) {
    }

    private ParseCache() {
    }

    static Map<String, Tree> parse(String name, String text, FuncMap funcs) {
        Key key = new Key(name, text, funcs.names());
        Map<String, Tree> trees = CACHE.get(key);
        if (trees == null) {
            // deeply nested input recurses deeply; parse on a large stack as Go's growing stacks allow
            trees = DeepStack.call(() -> Parser.parse(name, text, funcs::contains));
            if (CACHE.size() >= LIMIT) {
                CACHE.clear();
            }
            CACHE.put(new Key(name, text, java.util.Set.copyOf(funcs.names())), trees);
        }
        return trees;
    }
}
