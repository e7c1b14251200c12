package dev.helmshift.chart.load;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Go's {@code filepath.Match} on '/'-separated paths: {@code *} and {@code ?} never cross a '/',
 * {@code [a-z]} and {@code [^a-z]} are classes, a backslash escapes. A malformed pattern matches nothing.
 */
final class GoGlob {
    private final Pattern regex;

    private GoGlob(Pattern regex) {
        this.regex = regex;
    }

    /** The compiled pattern, or null when the pattern is malformed (Go: ErrBadPattern). */
    static GoGlob compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '\\' -> {
                    if (++i >= n) {
                        return null;
                    }
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
                }
                case '[' -> {
                    int end = classEnd(pattern, i + 1);
                    if (end < 0) {
                        return null;
                    }
                    String cls = classRegex(pattern.substring(i + 1, end));
                    if (cls == null) {
                        return null;
                    }
                    re.append(cls);
                    i = end;
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        try {
            return new GoGlob(Pattern.compile(re.toString(), Pattern.DOTALL));
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    private static int classEnd(String p, int from) {
        int i = from;
        if (i < p.length() && p.charAt(i) == '^') {
            i++;
        }
        boolean first = true;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']' && !first) {
                return i;
            }
            if (c == '\\') {
                i++;
            }
            first = false;
            i++;
        }
        return -1;
    }

    private static String classRegex(String body) {
        StringBuilder out = new StringBuilder("[");
        int i = 0;
        if (body.startsWith("^")) {
            out.append('^');
            i = 1;
        }
        if (i >= body.length()) {
            return null;
        }
        while (i < body.length()) {
            char lo = body.charAt(i);
            if (lo == '\\') {
                if (++i >= body.length()) {
                    return null;
                }
                lo = body.charAt(i);
            }
            i++;
            out.append(escape(lo));
            if (i + 1 < body.length() && body.charAt(i) == '-') {
                char hi = body.charAt(i + 1);
                i += 2;
                if (hi == '\\') {
                    if (i >= body.length()) {
                        return null;
                    }
                    hi = body.charAt(i++);
                }
                if (hi < lo) {
                    return null;
                }
                out.append('-').append(escape(hi));
            }
        }
        return out.append(']').toString();
    }

    private static String escape(char c) {
        return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
    }
}
