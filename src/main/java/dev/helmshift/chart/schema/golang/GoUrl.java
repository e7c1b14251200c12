package dev.helmshift.chart.schema.golang;

import java.nio.charset.StandardCharsets;

/**
 * Go's net/url (Go 1.25): {@code Parse} with its error texts, {@code String}, {@code ResolveReference},
 * {@code Hostname}, {@code PathEscape} and {@code PathUnescape}. The schema compiler joins references with it and
 * the {@code uri}-like formats validate with it, so both must accept and word exactly what Go does.
 *
 * <p>Go strings are bytes: every field here holds one char per byte (ISO-8859-1), so escaping and unescaping work on
 * bytes as Go's do, and {@link #toString()} turns the bytes back into text.
 */
public final class GoUrl {
    private static final String UPPER_HEX = "0123456789ABCDEF";

    private enum Mode { PATH, PATH_SEGMENT, HOST, ZONE, USER_PASSWORD, QUERY_COMPONENT, FRAGMENT }

    private String scheme = "";
    private String opaque = "";
    private String username;
    private String password;
    private boolean passwordSet;
    private String host = "";
    private String path = "";
    private String rawPath = "";
    private boolean forceQuery;
    private String rawQuery = "";
    private String fragment = "";
    private String rawFragment = "";

    private GoUrl() {
    }

    /** A parse failure; the message is Go's, e.g. {@code parse "%zz": invalid URL escape "%zz"}. */
    public static final class GoUrlException extends Exception {
        GoUrlException(String message) {
            super(message, null, false, false);
        }
    }

    /** An error of the url package before the {@code parse "..."} prefix is added. */
    private static final class UrlError extends Exception {
        UrlError(String message) {
            super(message, null, false, false);
        }
    }

    /** {@code url.Parse}. */
    public static GoUrl parse(String rawUrl) throws GoUrlException {
        String raw = bytes(rawUrl);
        int hash = raw.indexOf('#');
        String u = hash < 0 ? raw : raw.substring(0, hash);
        String frag = hash < 0 ? "" : raw.substring(hash + 1);
        GoUrl url;
        try {
            url = parseWithoutFragment(u);
        } catch (UrlError e) {
            throw new GoUrlException("parse " + quote(u) + ": " + e.getMessage());
        }
        if (frag.isEmpty()) {
            return url;
        }
        try {
            url.fragment = unescape(frag, Mode.FRAGMENT);
            url.rawFragment = frag.equals(escape(url.fragment, Mode.FRAGMENT)) ? "" : frag;
        } catch (UrlError e) {
            throw new GoUrlException("parse " + quote(raw) + ": " + e.getMessage());
        }
        return url;
    }

    /** {@code url.PathUnescape}; the message of a failure is Go's {@code invalid URL escape "%zz"}. */
    public static String pathUnescape(String s) throws GoUrlException {
        try {
            return text(unescape(bytes(s), Mode.PATH_SEGMENT));
        } catch (UrlError e) {
            throw new GoUrlException(e.getMessage());
        }
    }

    /** {@code url.PathEscape}. */
    public static String pathEscape(String s) {
        return text(escape(bytes(s), Mode.PATH_SEGMENT));
    }

    public boolean isAbs() {
        return !scheme.isEmpty();
    }

    public String scheme() {
        return text(scheme);
    }

    /** The path segments after a scheme without {@code //}, e.g. {@code foo:bar} has opaque {@code bar}. */
    public String opaque() {
        return text(opaque);
    }

    /** The decoded path. */
    public String path() {
        return text(path);
    }

    /** The path as it was written when its decoding is not the default one, else empty. */
    public String rawPath() {
        return text(rawPath);
    }

    /** {@code u.Host} (may carry a port and brackets). */
    public String host() {
        return text(host);
    }

    /** {@code u.Hostname()}: the host without a valid port and without IPv6 brackets. */
    public String hostname() {
        String h = host;
        int colon = h.lastIndexOf(':');
        if (colon != -1 && validOptionalPort(h.substring(colon))) {
            h = h.substring(0, colon);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return text(h);
    }

    /** {@code u.ResolveReference(ref)} (RFC 3986 §5.2, as Go implements it). */
    public GoUrl resolveReference(GoUrl ref) {
        GoUrl url = ref.copy();
        if (ref.scheme.isEmpty()) {
            url.scheme = scheme;
        }
        if (!ref.scheme.isEmpty() || !ref.host.isEmpty() || ref.username != null) {
            url.setPathUnchecked(resolvePath(ref.escapedPath(), ""));
            return url;
        }
        if (!ref.opaque.isEmpty()) {
            url.username = null;
            url.password = null;
            url.passwordSet = false;
            url.host = "";
            url.path = "";
            return url;
        }
        if (ref.path.isEmpty() && !ref.forceQuery && ref.rawQuery.isEmpty()) {
            url.rawQuery = rawQuery;
            if (ref.fragment.isEmpty()) {
                url.fragment = fragment;
                url.rawFragment = rawFragment;
            }
        }
        url.host = host;
        url.username = username;
        url.password = password;
        url.passwordSet = passwordSet;
        url.setPathUnchecked(resolvePath(escapedPath(), ref.escapedPath()));
        return url;
    }

    /** Go's net/url issue 66084 work-around in the jsonschema library: a relative reference keeps an opaque base. */
    public void keepOpaque(String baseOpaque) {
        this.opaque = bytes(baseOpaque);
    }

    /** {@code u.String()}. */
    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder();
        if (!scheme.isEmpty()) {
            buf.append(scheme).append(':');
        }
        if (!opaque.isEmpty()) {
            buf.append(opaque);
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || username != null) {
                if (!host.isEmpty() || !path.isEmpty() || username != null) {
                    buf.append("//");
                }
                if (username != null) {
                    buf.append(escape(username, Mode.USER_PASSWORD));
                    if (passwordSet) {
                        buf.append(':').append(escape(password, Mode.USER_PASSWORD));
                    }
                    buf.append('@');
                }
                if (!host.isEmpty()) {
                    buf.append(escape(host, Mode.HOST));
                }
            }
            String p = escapedPath();
            if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
                buf.append('/');
            }
            if (buf.length() == 0) {
                int slash = p.indexOf('/');
                if ((slash < 0 ? p : p.substring(0, slash)).contains(":")) {
                    buf.append("./");
                }
            }
            buf.append(p);
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            buf.append('?').append(rawQuery);
        }
        if (!fragment.isEmpty()) {
            buf.append('#').append(escapedFragment());
        }
        return text(buf.toString());
    }

    private GoUrl copy() {
        GoUrl c = new GoUrl();
        c.scheme = scheme;
        c.opaque = opaque;
        c.username = username;
        c.password = password;
        c.passwordSet = passwordSet;
        c.host = host;
        c.path = path;
        c.rawPath = rawPath;
        c.forceQuery = forceQuery;
        c.rawQuery = rawQuery;
        c.fragment = fragment;
        c.rawFragment = rawFragment;
        return c;
    }

    private static GoUrl parseWithoutFragment(String rawUrl) throws UrlError {
        for (int i = 0; i < rawUrl.length(); i++) {
            char c = rawUrl.charAt(i);
            if (c < ' ' || c == 0x7F) {
                throw new UrlError("net/url: invalid control character in URL");
            }
        }
        GoUrl url = new GoUrl();
        if (rawUrl.equals("*")) {
            url.path = "*";
            return url;
        }
        String rest = rawUrl;
        int schemeEnd = schemeEnd(rawUrl);
        if (schemeEnd >= 0) {
            url.scheme = rawUrl.substring(0, schemeEnd).toLowerCase(java.util.Locale.ROOT);
            rest = rawUrl.substring(schemeEnd + 1);
        }
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            url.forceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                url.rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!url.scheme.isEmpty()) {
                url.opaque = rest;
                return url;
            }
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).contains(":")) {
                throw new UrlError("first path segment in URL cannot contain colon");
            }
        }
        if ((!url.scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            url.parseAuthority(authority);
        }
        url.setPath(rest);
        return url;
    }

    /** getScheme: the index of the scheme's colon, -1 when there is no scheme. */
    private static int schemeEnd(String raw) throws UrlError {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return -1;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new UrlError("missing protocol scheme");
                }
                return i;
            }
            return -1;
        }
        return -1;
    }

    private void parseAuthority(String authority) throws UrlError {
        int at = authority.lastIndexOf('@');
        host = parseHost(at < 0 ? authority : authority.substring(at + 1));
        if (at < 0) {
            return;
        }
        String userinfo = authority.substring(0, at);
        if (!validUserinfo(userinfo)) {
            throw new UrlError("net/url: invalid userinfo");
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            username = unescape(userinfo, Mode.USER_PASSWORD);
        } else {
            username = unescape(userinfo.substring(0, colon), Mode.USER_PASSWORD);
            password = unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD);
            passwordSet = true;
        }
    }

    /** parseHost, with Go 1.25's rule that only an IPv6 address may stand in brackets. */
    private static String parseHost(String host) throws UrlError {
        int open = host.lastIndexOf('[');
        if (open != -1) {
            if (open > 0) {
                throw new UrlError("invalid IP-literal");
            }
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new UrlError("missing ']' in host");
            }
            String colonPort = host.substring(close + 1);
            if (!validOptionalPort(colonPort)) {
                throw new UrlError("invalid port " + quote(colonPort) + " after host");
            }
            String unescapedPort = unescape(colonPort, Mode.HOST);
            String hostname = host.substring(1, close);
            int zone = hostname.indexOf("%25");
            String unescaped = zone >= 0
                    ? unescape(hostname.substring(0, zone), Mode.HOST) + unescape(hostname.substring(zone), Mode.ZONE)
                    : unescape(hostname, Mode.HOST);
            GoNetip.Addr addr;
            try {
                addr = GoNetip.parseAddr(text(unescaped));
            } catch (GoNetip.ParseAddrException e) {
                throw new UrlError("invalid host: " + e.getMessage());
            }
            if (addr.is4()) {
                throw new UrlError("invalid IP-literal");
            }
            return "[" + unescaped + "]" + unescapedPort;
        }
        int colon = host.lastIndexOf(':');
        if (colon != -1) {
            String colonPort = host.substring(colon);
            if (!validOptionalPort(colonPort)) {
                throw new UrlError("invalid port " + quote(colonPort) + " after host");
            }
        }
        return unescape(host, Mode.HOST);
    }

    private static boolean validUserinfo(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                continue;
            }
            if ("-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            if (port.charAt(i) < '0' || port.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private void setPath(String p) throws UrlError {
        path = unescape(p, Mode.PATH);
        rawPath = p.equals(escape(path, Mode.PATH)) ? "" : p;
    }

    private void setPathUnchecked(String p) {
        try {
            setPath(p);
        } catch (UrlError e) {
            throw new IllegalStateException("resolved path is escaped validly: " + p, e);
        }
    }

    private String escapedPath() {
        if (!rawPath.isEmpty() && validEncoded(rawPath, Mode.PATH)) {
            try {
                if (unescape(rawPath, Mode.PATH).equals(path)) {
                    return rawPath;
                }
            } catch (UrlError ignored) {
                // fall through to the default escaping
            }
        }
        if (path.equals("*")) {
            return "*";
        }
        return escape(path, Mode.PATH);
    }

    private String escapedFragment() {
        if (!rawFragment.isEmpty() && validEncoded(rawFragment, Mode.FRAGMENT)) {
            try {
                if (unescape(rawFragment, Mode.FRAGMENT).equals(fragment)) {
                    return rawFragment;
                }
            } catch (UrlError ignored) {
                // fall through to the default escaping
            }
        }
        return escape(fragment, Mode.FRAGMENT);
    }

    private static boolean validEncoded(String s, Mode mode) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("!$&'()*+,;=:@[]%".indexOf(c) >= 0) {
                continue;
            }
            if (shouldEscape(c, mode)) {
                return false;
            }
        }
        return true;
    }

    private static String resolvePath(String base, String ref) {
        String full;
        if (ref.isEmpty()) {
            full = base;
        } else if (ref.charAt(0) != '/') {
            full = base.substring(0, base.lastIndexOf('/') + 1) + ref;
        } else {
            full = ref;
        }
        if (full.isEmpty()) {
            return "";
        }
        StringBuilder dst = new StringBuilder("/");
        boolean first = true;
        String remaining = full;
        String elem = "";
        boolean found = true;
        while (found) {
            int slash = remaining.indexOf('/');
            found = slash >= 0;
            elem = found ? remaining.substring(0, slash) : remaining;
            remaining = found ? remaining.substring(slash + 1) : "";
            if (elem.equals(".")) {
                first = false;
                continue;
            }
            if (elem.equals("..")) {
                String str = dst.substring(1);
                int index = str.lastIndexOf('/');
                dst.setLength(0);
                dst.append('/');
                if (index == -1) {
                    first = true;
                } else {
                    dst.append(str, 0, index);
                }
            } else {
                if (!first) {
                    dst.append('/');
                }
                dst.append(elem);
                first = false;
            }
        }
        if (elem.equals(".") || elem.equals("..")) {
            dst.append('/');
        }
        String r = dst.toString();
        if (r.length() > 1 && r.charAt(1) == '/') {
            r = r.substring(1);
        }
        return r;
    }

    private static boolean shouldEscape(char c, Mode mode) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        if ((mode == Mode.HOST || mode == Mode.ZONE) && "!$&'()*+,;=:[]<>\"".indexOf(c) >= 0) {
            return false;
        }
        switch (c) {
            case '-', '_', '.', '~':
                return false;
            case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
                switch (mode) {
                    case PATH:
                        return c == '?';
                    case PATH_SEGMENT:
                        return c == '/' || c == ';' || c == ',' || c == '?';
                    case USER_PASSWORD:
                        return c == '@' || c == '/' || c == '?' || c == ':';
                    case QUERY_COMPONENT:
                        return true;
                    case FRAGMENT:
                        return false;
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        if (mode == Mode.FRAGMENT && (c == '!' || c == '(' || c == ')' || c == '*')) {
            return false;
        }
        return true;
    }

    private static String unescape(String s, Mode mode) throws UrlError {
        int n = 0;
        boolean hasPlus = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%') {
                n++;
                if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                    String bad = s.substring(i, Math.min(s.length(), i + 3));
                    throw new UrlError("invalid URL escape " + quote(bad));
                }
                String triple = s.substring(i, i + 3);
                if (mode == Mode.HOST && unhex(s.charAt(i + 1)) < 8 && !triple.equals("%25")) {
                    throw new UrlError("invalid URL escape " + quote(triple));
                }
                if (mode == Mode.ZONE) {
                    char v = (char) (unhex(s.charAt(i + 1)) << 4 | unhex(s.charAt(i + 2)));
                    if (!triple.equals("%25") && v != ' ' && shouldEscape(v, Mode.HOST)) {
                        throw new UrlError("invalid URL escape " + quote(triple));
                    }
                }
                i += 3;
            } else if (c == '+') {
                hasPlus = mode == Mode.QUERY_COMPONENT;
                i++;
            } else {
                if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && shouldEscape(c, mode)) {
                    throw new UrlError("invalid character " + quote(String.valueOf(c)) + " in host name");
                }
                i++;
            }
        }
        if (n == 0 && !hasPlus) {
            return s;
        }
        StringBuilder t = new StringBuilder(s.length() - 2 * n);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                t.append((char) (unhex(s.charAt(i + 1)) << 4 | unhex(s.charAt(i + 2))));
                i += 2;
            } else if (c == '+' && mode == Mode.QUERY_COMPONENT) {
                t.append(' ');
            } else {
                t.append(c);
            }
        }
        return t.toString();
    }

    private static String escape(String s, Mode mode) {
        StringBuilder t = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' && mode == Mode.QUERY_COMPONENT;
            boolean hex = !space && shouldEscape(c, mode);
            if ((space || hex) && t == null) {
                t = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (t == null) {
                continue;
            }
            if (space) {
                t.append('+');
            } else if (hex) {
                t.append('%').append(UPPER_HEX.charAt(c >> 4)).append(UPPER_HEX.charAt(c & 15));
            } else {
                t.append(c);
            }
        }
        return t == null ? s : t.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static int unhex(char c) {
        return Character.digit(c, 16);
    }

    /** A Java string as Go's bytes, one char per byte. */
    private static String bytes(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Bytes back to text (Go prints a string's bytes; invalid UTF-8 shows as U+FFFD here). */
    private static String text(String byteString) {
        return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** {@code %q} of a Go string given as bytes. */
    private static String quote(String byteString) {
        return GoQuote.quoteBytes(byteString.getBytes(StandardCharsets.ISO_8859_1));
    }
}
