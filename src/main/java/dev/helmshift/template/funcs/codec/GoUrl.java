package dev.helmshift.template.funcs.codec;

import dev.helmshift.gobytes.GoBytes;
import dev.helmshift.template.funcs.value.GoIp;
import dev.helmshift.template.funcs.value.GoStrconv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Go's {@code net/url} (Go 1.25) for Sprig's urlParse and urlJoin: {@link #parse} is {@code url.Parse} with its
 * error texts ({@code parse "http://x y/": invalid character " " in host name}), {@link #toString} is
 * {@code URL.String}. Strings are handled as Go handles them, byte by byte in UTF-8.
 *
 * @param scheme     lower-cased scheme, "" when none
 * @param opaque     what follows "scheme:" when it does not start with '/'
 * @param user       the userinfo, or null when the URL has none
 * @param host       host or host:port, unescaped
 * @param path       unescaped path
 * @param rawPath    the path as written when its escaping differs from the default one, else ""
 * @param forceQuery whether the URL ends in a '?' with nothing after it
 * @param rawQuery   the query as written, without '?'
 * @param fragment   unescaped fragment, without '#'
 * @param rawFragment the fragment as written when its escaping differs from the default one, else ""
 */
public record GoUrl(String scheme, String opaque, UserInfo user, String host, String path, String rawPath,
                    boolean forceQuery, String rawQuery, String fragment, String rawFragment) {

    /** Go's {@code *url.Userinfo}: a username and, when {@code passwordSet}, a password. */
    public record UserInfo(String username, String password, boolean passwordSet) {
        /** {@code username[:password]}, escaped. */
        @Override
        public String toString() {
            return escape(username, Mode.USER_PASSWORD) + (passwordSet ? ":" + escape(password, Mode.USER_PASSWORD) : "");
        }
    }

    /** A {@code *url.Error}: {@code parse "URL": reason}. */
    public static final class UrlException extends Exception {
        UrlException(String url, String reason) {
            super("parse " + GoStrconv.quote(url) + ": " + reason, null, false, false);
        }
    }

    /** A URL of the parts urlJoin sets (no raw forms, no forced query). */
    public static GoUrl of(String scheme, String opaque, UserInfo user, String host, String path, String rawQuery,
                           String fragment) {
        return new GoUrl(scheme, opaque, user, host, path, "", false, rawQuery, fragment, "");
    }

    private enum Mode { PATH, HOST, ZONE, USER_PASSWORD, FRAGMENT }

    /** A reason Go's parser gives; {@link #parse} frames it with the URL. */
    private static final class Reason extends Exception {
        Reason(String message) {
            super(message, null, false, false);
        }
    }

    /** Go's {@code url.Parse}. */
    public static GoUrl parse(String rawUrl) throws UrlException {
        int hash = rawUrl.indexOf('#');
        String u = hash < 0 ? rawUrl : rawUrl.substring(0, hash);
        String frag = hash < 0 ? "" : rawUrl.substring(hash + 1);
        GoUrl url;
        try {
            url = parseWithoutFragment(u);
        } catch (Reason e) {
            throw new UrlException(u, e.getMessage());
        }
        if (frag.isEmpty()) {
            return url;
        }
        try {
            String fragment = unescape(frag, Mode.FRAGMENT);
            String rawFragment = escape(fragment, Mode.FRAGMENT).equals(frag) ? "" : frag;
            return new GoUrl(url.scheme, url.opaque, url.user, url.host, url.path, url.rawPath, url.forceQuery,
                    url.rawQuery, fragment, rawFragment);
        } catch (Reason e) {
            throw new UrlException(rawUrl, e.getMessage());
        }
    }

    private static GoUrl parseWithoutFragment(String rawUrl) throws Reason {
        for (int i = 0; i < rawUrl.length(); i++) {
            char c = rawUrl.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new Reason("net/url: invalid control character in URL");
            }
        }
        if (rawUrl.equals("*")) {
            return new GoUrl("", "", null, "", "*", "", false, "", "", "");
        }
        String scheme = "";
        String rest = rawUrl;
        for (int i = 0; i < rawUrl.length(); i++) {
            char c = rawUrl.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    break;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw new Reason("missing protocol scheme");
                }
                scheme = rawUrl.substring(0, i).toLowerCase(java.util.Locale.ROOT);
                rest = rawUrl.substring(i + 1);
            }
            break;
        }
        boolean forceQuery = false;
        String rawQuery = "";
        if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
            forceQuery = true;
            rest = rest.substring(0, rest.length() - 1);
        } else {
            int q = rest.indexOf('?');
            if (q >= 0) {
                rawQuery = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
        }
        if (!rest.startsWith("/")) {
            if (!scheme.isEmpty()) {
                return new GoUrl(scheme, rest, null, "", "", "", forceQuery, rawQuery, "", "");
            }
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).contains(":")) {
                throw new Reason("first path segment in URL cannot contain colon");
            }
        }
        UserInfo user = null;
        String host = "";
        if ((!scheme.isEmpty() || !rest.startsWith("///")) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            int at = authority.lastIndexOf('@');
            host = parseHost(at < 0 ? authority : authority.substring(at + 1));
            if (at >= 0) {
                user = userInfo(authority.substring(0, at));
            }
        }
        String path = unescape(rest, Mode.PATH);
        String rawPath = escape(path, Mode.PATH).equals(rest) ? "" : rest;
        return new GoUrl(scheme, "", user, host, path, rawPath, forceQuery, rawQuery, "", "");
    }

    private static UserInfo userInfo(String userinfo) throws Reason {
        for (int i = 0; i < userinfo.length(); i++) {
            char c = userinfo.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0;
            if (!ok) {
                throw new Reason("net/url: invalid userinfo");
            }
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            return new UserInfo(unescape(userinfo, Mode.USER_PASSWORD), "", false);
        }
        return new UserInfo(unescape(userinfo.substring(0, colon), Mode.USER_PASSWORD),
                unescape(userinfo.substring(colon + 1), Mode.USER_PASSWORD), true);
    }

    private static String parseHost(String host) throws Reason {
        if (host.lastIndexOf('[') > 0) {
            throw new Reason("invalid IP-literal");
        }
        if (host.startsWith("[")) {
            int close = host.lastIndexOf(']');
            if (close < 0) {
                throw new Reason("missing ']' in host");
            }
            String colonPort = host.substring(close + 1);
            if (!validOptionalPort(colonPort)) {
                throw new Reason("invalid port " + GoStrconv.quote(colonPort) + " after host");
            }
            int zone = host.substring(0, close).indexOf("%25");
            String address = zone >= 0
                    ? unescape(host.substring(1, zone), Mode.HOST) + unescape(host.substring(zone, close), Mode.ZONE)
                    : unescape(host.substring(1, close), Mode.HOST);
            try {
                if (GoIp.parseAddr(address).is4()) {
                    throw new Reason("invalid IP-literal");
                }
            } catch (GoIp.ParseAddrException e) {
                throw new Reason("invalid host: " + e.getMessage());
            }
            return "[" + address + "]" + colonPort;
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !validOptionalPort(host.substring(colon))) {
            throw new Reason("invalid port " + GoStrconv.quote(host.substring(colon)) + " after host");
        }
        return unescape(host, Mode.HOST);
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

    /** {@code URL.Hostname}: the host without a valid port and without IPv6 brackets. */
    public String hostname() {
        String h = host;
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && validOptionalPort(h.substring(colon))) {
            h = h.substring(0, colon);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h;
    }

    /** {@code URL.String}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!scheme.isEmpty()) {
            out.append(scheme).append(':');
        }
        if (!opaque.isEmpty()) {
            out.append(opaque);
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || user != null) {
                if (!host.isEmpty() || !path.isEmpty() || user != null) {
                    out.append("//");
                }
                if (user != null) {
                    out.append(user).append('@');
                }
                if (!host.isEmpty()) {
                    out.append(escape(host, Mode.HOST));
                }
            }
            String escapedPath = escapedPath();
            if (!escapedPath.isEmpty() && escapedPath.charAt(0) != '/' && !host.isEmpty()) {
                out.append('/');
            }
            if (out.length() == 0) {
                int slash = escapedPath.indexOf('/');
                if ((slash < 0 ? escapedPath : escapedPath.substring(0, slash)).contains(":")) {
                    out.append("./");
                }
            }
            out.append(escapedPath);
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            out.append('?').append(rawQuery);
        }
        if (!fragment.isEmpty()) {
            out.append('#').append(escapedFragment());
        }
        return out.toString();
    }

    private String escapedPath() {
        if (!rawPath.isEmpty() && validEncoded(rawPath, Mode.PATH) && unescapesTo(rawPath, Mode.PATH, path)) {
            return rawPath;
        }
        return path.equals("*") ? "*" : escape(path, Mode.PATH);
    }

    private String escapedFragment() {
        if (!rawFragment.isEmpty() && validEncoded(rawFragment, Mode.FRAGMENT)
                && unescapesTo(rawFragment, Mode.FRAGMENT, fragment)) {
            return rawFragment;
        }
        return escape(fragment, Mode.FRAGMENT);
    }

    private static boolean unescapesTo(String raw, Mode mode, String expected) {
        try {
            return unescape(raw, mode).equals(expected);
        } catch (Reason e) {
            return false;
        }
    }

    private static boolean validEncoded(String s, Mode mode) {
        byte[] bytes = GoBytes.encode(s);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ("!$&'()*+,;=:@[]%".indexOf(c) >= 0) {
                continue;
            }
            if (shouldEscape(c, mode)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shouldEscape(int c, Mode mode) {
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
                return switch (mode) {
                    case PATH -> c == '?';
                    case USER_PASSWORD -> c == '@' || c == '/' || c == '?' || c == ':';
                    case FRAGMENT -> false;
                    default -> true;
                };
            default:
                break;
        }
        if (mode == Mode.FRAGMENT && (c == '!' || c == '(' || c == ')' || c == '*')) {
            return false;
        }
        return true;
    }

    private static String unescape(String s, Mode mode) throws Reason {
        byte[] in = GoBytes.encode(s);
        for (int i = 0; i < in.length; ) {
            int c = in[i] & 0xFF;
            if (c == '%') {
                if (i + 2 >= in.length || hex(in[i + 1]) < 0 || hex(in[i + 2]) < 0) {
                    int end = Math.min(in.length, i + 3);
                    throw new Reason("invalid URL escape " + GoStrconv.quote(GoBytes.decode(in, i, end - i)));
                }
                String escape = new String(in, i, 3, StandardCharsets.US_ASCII);
                if (mode == Mode.HOST && hex(in[i + 1]) < 8 && !escape.equals("%25")) {
                    throw new Reason("invalid URL escape " + GoStrconv.quote(escape));
                }
                if (mode == Mode.ZONE) {
                    int v = hex(in[i + 1]) << 4 | hex(in[i + 2]);
                    if (!escape.equals("%25") && v != ' ' && shouldEscape(v, Mode.HOST)) {
                        throw new Reason("invalid URL escape " + GoStrconv.quote(escape));
                    }
                }
                i += 3;
            } else {
                if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && shouldEscape(c, mode)) {
                    throw new Reason("invalid character " + GoStrconv.quote(String.valueOf((char) c)) + " in host name");
                }
                i++;
            }
        }
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%') {
                out.write(hex(in[i + 1]) << 4 | hex(in[i + 2]));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return GoBytes.decode(out.toByteArray());
    }

    private static int hex(byte b) {
        int c = b & 0xFF;
        return c <= 'f' ? Character.digit(c, 16) : -1;
    }

    private static String escape(String s, Mode mode) {
        byte[] in = GoBytes.encode(s);
        StringBuilder out = new StringBuilder(in.length);
        for (byte b : in) {
            int c = b & 0xFF;
            if (shouldEscape(c, mode)) {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
