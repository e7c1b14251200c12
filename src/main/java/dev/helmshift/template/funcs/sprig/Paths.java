package dev.helmshift.template.funcs.sprig;

import java.util.ArrayList;
import java.util.List;

/** Go's path package as Sprig exposes it: base, dir, clean, ext, isAbs (slash-separated, purely lexical). */
public final class Paths {
    private Paths() {
    }

    public static String base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        while (path.length() > 0 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        if (slash >= 0) {
            path = path.substring(slash + 1);
        }
        return path.isEmpty() ? "/" : path;
    }

    public static String dir(String path) {
        int slash = path.lastIndexOf('/');
        return clean(path.substring(0, slash + 1));
    }

    public static String ext(String path) {
        for (int i = path.length() - 1; i >= 0 && path.charAt(i) != '/'; i--) {
            if (path.charAt(i) == '.') {
                return path.substring(i);
            }
        }
        return "";
    }

    public static boolean isAbs(String path) {
        return path.startsWith("/");
    }

    /** path.Clean: the shortest equivalent path, resolving "." and ".." lexically. */
    public static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String part : dev.helmshift.template.funcs.value.GoStrconv.split(path, "/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                } else if (!rooted) {
                    parts.add("..");
                }
                continue;
            }
            parts.add(part);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
