package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.codec.GoUrl;
import dev.helmshift.template.funcs.value.GoTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sprig's urlParse (a URL as a dict of scheme, host, hostname, path, query, opaque, fragment, userinfo) and urlJoin
 * (the reverse), over Go's net/url. Both panic on bad input as Sprig does, which Go's template engine reports as the
 * call's error ({@code unable to parse url: parse ":foo": missing protocol scheme}).
 */
public final class Urls {
    private Urls() {
    }

    public static Map<String, Object> urlParse(String text) {
        GoUrl url;
        try {
            url = GoUrl.parse(text);
        } catch (GoUrl.UrlException e) {
            throw new FunctionException("unable to parse url: " + e.getMessage());
        }
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("scheme", url.scheme());
        dict.put("host", url.host());
        dict.put("hostname", url.hostname());
        dict.put("path", url.path());
        dict.put("query", url.rawQuery());
        dict.put("opaque", url.opaque());
        dict.put("fragment", url.fragment());
        dict.put("userinfo", url.user() == null ? "" : url.user().toString());
        return dict;
    }

    /** {@code dict} may be nil, which reads as empty. */
    public static String urlJoin(Map<String, Object> dict) {
        Map<String, Object> d = dict == null ? Map.of() : dict;
        String scheme = stringOrEmpty(d, "scheme");
        String host = stringOrEmpty(d, "host");
        String path = stringOrEmpty(d, "path");
        String query = stringOrEmpty(d, "query");
        String opaque = stringOrEmpty(d, "opaque");
        String fragment = stringOrEmpty(d, "fragment");
        String userinfo = stringOrEmpty(d, "userinfo");
        GoUrl.UserInfo user = null;
        if (!userinfo.isEmpty()) {
            try {
                user = GoUrl.parse("proto://" + userinfo + "@host").user();
            } catch (GoUrl.UrlException e) {
                throw new FunctionException("unable to parse userinfo in dict: " + e.getMessage());
            }
        }
        return GoUrl.of(scheme, opaque, user, host, path, query, fragment).toString();
    }

    /** Sprig's dictGetOrEmpty: "" when missing, the string when a string, else a panic naming the kind. */
    private static String stringOrEmpty(Map<String, Object> d, String key) {
        if (!d.containsKey(key)) {
            return "";
        }
        Object value = d.get(key);
        if (value == null) {
            throw GoPanic.nilPointer();
        }
        if (!(value instanceof String s)) {
            throw new FunctionException("unable to parse " + key + " key, must be of type string, but "
                    + GoTypes.kindName(value) + " found");
        }
        return s;
    }
}
