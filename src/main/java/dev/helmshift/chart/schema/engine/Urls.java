package dev.helmshift.chart.schema.engine;

import dev.helmshift.chart.schema.golang.GoParse;
import dev.helmshift.chart.schema.golang.GoQuote;
import dev.helmshift.chart.schema.golang.GoUrl;

import java.util.List;
import java.util.Map;

/**
 * The library's URL and JSON-pointer plumbing: a schema is identified by a URL and a pointer into its document,
 * written {@code url#pointer} with each pointer token path-escaped; references join against the base URL with
 * Go's net/url.
 */
final class Urls {
    private Urls() {
    }

    /** A URL and a fragment (a JSON pointer or an anchor name), decoded. */
    record UrlFrag(String url, String frag) {
        @Override
        public String toString() {
            return url + "#" + encode(frag);
        }

        /** {@code ""} or {@code /...} is a JSON pointer; anything else names an anchor. */
        boolean isPointer() {
            return frag.isEmpty() || frag.startsWith("/");
        }
    }

    /** A URL and a JSON pointer into the document found there. */
    record UrlPtr(String url, String ptr) {
        @Override
        public String toString() {
            return url + "#" + encode(ptr);
        }

        /** The location of a keyword below this schema, as the library words InvalidRegexError's location. */
        String format(String token) {
            return url + "#" + encode(ptr) + "/" + encode(escape(token));
        }

        /** The value at the pointer in {@code doc}. */
        Object lookup(Object doc) throws SchemaException {
            Object v = doc;
            if (ptr.isEmpty()) {
                return v;
            }
            String[] tokens = ptr.split("/", -1);
            for (int i = 1; i < tokens.length; i++) {
                String tok = unescape(tokens[i]);
                if (tok == null) {
                    throw new SchemaException("invalid json-pointer " + GoQuote.quote(toString()));
                }
                if (v instanceof Map<?, ?> map && map.containsKey(tok)) {
                    v = map.get(tok);
                    continue;
                }
                if (v instanceof List<?> list) {
                    try {
                        long index = GoParse.atoi(tok);
                        if (index >= 0 && index < list.size()) {
                            v = list.get((int) index);
                            continue;
                        }
                    } catch (GoParse.GoParseException notAnIndex) {
                        // not found below
                    }
                }
                throw new SchemaException("json-pointer in " + GoQuote.quote(toString()) + " not found");
            }
            return v;
        }
    }

    /** {@code url.join(ref)}: ref (with its fragment) resolved against base. */
    static UrlFrag join(String base, String ref) throws SchemaException {
        GoUrl baseUrl;
        try {
            baseUrl = GoUrl.parse(base);
        } catch (GoUrl.GoUrlException e) {
            throw parseUrlError(base, e.getMessage());
        }
        UrlFrag split = splitFragment(ref);
        GoUrl refUrl;
        try {
            refUrl = GoUrl.parse(split.url());
        } catch (GoUrl.GoUrlException e) {
            throw parseUrlError(split.url(), e.getMessage());
        }
        GoUrl resolved = baseUrl.resolveReference(refUrl);
        // Go's ResolveReference drops an opaque base (golang/go#66084); the library keeps it
        if (!refUrl.isAbs() && !baseUrl.opaque().isEmpty()) {
            resolved.keepOpaque(baseUrl.opaque());
        }
        return new UrlFrag(resolved.toString(), split.frag());
    }

    /** {@code absolute(loc)} for an absolute URL: the URL and its decoded fragment. */
    static UrlFrag absolute(String input) throws SchemaException {
        UrlFrag split = splitFragment(input);
        try {
            if (!GoUrl.parse(split.url()).isAbs()) {
                throw new SchemaException("error in parsing " + GoQuote.quote(input) + ": not an absolute URL");
            }
        } catch (GoUrl.GoUrlException e) {
            throw parseUrlError(input, e.getMessage());
        }
        return split;
    }

    /** Splits at the first {@code #} and percent-decodes the fragment. */
    static UrlFrag splitFragment(String str) throws SchemaException {
        int hash = str.indexOf('#');
        String url = hash < 0 ? str : str.substring(0, hash);
        String frag = hash < 0 ? "" : str.substring(hash + 1);
        try {
            return new UrlFrag(url, GoUrl.pathUnescape(frag));
        } catch (GoUrl.GoUrlException e) {
            throw parseUrlError(str, e.getMessage());
        }
    }

    static SchemaException parseUrlError(String url, String err) {
        return new SchemaException("error in parsing " + GoQuote.quote(url) + ": " + err);
    }

    /** The URL before {@code #}. */
    static String beforeFragment(String str) {
        int hash = str.indexOf('#');
        return hash < 0 ? str : str.substring(0, hash);
    }

    /** The text after {@code #}, or empty. */
    static String afterFragment(String str) {
        int hash = str.indexOf('#');
        return hash < 0 ? "" : str.substring(hash + 1);
    }

    /** A pointer token escaped: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    static String escape(String tok) {
        if (tok.indexOf('~') < 0 && tok.indexOf('/') < 0) {
            return tok;
        }
        return tok.replace("~", "~0").replace("/", "~1");
    }

    /** The inverse of {@link #escape}, or null for a {@code ~} not followed by 0 or 1. */
    static String unescape(String tok) {
        if (tok.indexOf('~') < 0) {
            return tok;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            if (c != '~') {
                sb.append(c);
                continue;
            }
            if (i + 1 >= tok.length()) {
                return null;
            }
            char next = tok.charAt(++i);
            if (next == '0') {
                sb.append('~');
            } else if (next == '1') {
                sb.append('/');
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** A pointer with one more token. */
    static String append(String ptr, String tok) {
        return ptr + "/" + escape(tok);
    }

    /** A fragment path-escaped token by token, the slashes kept. */
    static String encode(String frag) {
        String[] tokens = frag.split("/", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(GoUrl.pathEscape(tokens[i]));
        }
        return sb.toString();
    }

    /** A JSON pointer written from instance-location tokens. */
    static String jsonPtr(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String tok : tokens) {
            sb.append('/').append(escape(tok));
        }
        return sb.toString();
    }
}
