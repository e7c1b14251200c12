package dev.helmshift.render;

/**
 * Go's {@code path/filepath.Match} on '/'-separated paths: {@code *} matches any run of non-separator characters,
 * {@code ?} one non-separator character, {@code [...]} a class (with ranges and {@code ^} negation), and a backslash
 * escapes. A malformed pattern matches nothing, as Helm ignores Match's error.
 */
final class GoGlob {
    private GoGlob() {
    }

    static boolean matches(String pattern, String name) {
        try {
            return match(pattern, 0, name, 0);
        } catch (IllegalArgumentException badPattern) {
            return false;
        }
    }

    private static boolean match(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            switch (c) {
                case '*' -> {
                    int rest = pi + 1;
                    for (int end = si; ; end++) {
                        if (match(p, rest, s, end)) {
                            return true;
                        }
                        if (end >= s.length() || s.charAt(end) == '/') {
                            return false;
                        }
                    }
                }
                case '?' -> {
                    if (si >= s.length() || s.charAt(si) == '/') {
                        return false;
                    }
                    pi++;
                    si++;
                }
                case '[' -> {
                    int close = classEnd(p, pi);
                    if (si >= s.length() || s.charAt(si) == '/' || !inClass(p, pi + 1, close, s.charAt(si))) {
                        return false;
                    }
                    pi = close + 1;
                    si++;
                }
                case '\\' -> {
                    if (pi + 1 >= p.length()) {
                        throw new IllegalArgumentException("trailing backslash");
                    }
                    if (si >= s.length() || s.charAt(si) != p.charAt(pi + 1)) {
                        return false;
                    }
                    pi += 2;
                    si++;
                }
                default -> {
                    if (si >= s.length() || s.charAt(si) != c) {
                        return false;
                    }
                    pi++;
                    si++;
                }
            }
        }
        return si == s.length();
    }

    private static int classEnd(String p, int open) {
        int i = open + 1;
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
        throw new IllegalArgumentException("unterminated class");
    }

    private static boolean inClass(String p, int from, int close, char ch) {
        boolean negated = from < close && p.charAt(from) == '^';
        int i = negated ? from + 1 : from;
        boolean matched = false;
        while (i < close) {
            char lo = p.charAt(i);
            if (lo == '\\') {
                lo = p.charAt(++i);
            }
            char hi = lo;
            if (i + 2 < close && p.charAt(i + 1) == '-') {
                hi = p.charAt(i + 2);
                if (hi == '\\') {
                    hi = p.charAt(i + 3);
                    i++;
                }
                i += 2;
            }
            if (lo <= ch && ch <= hi) {
                matched = true;
            }
            i++;
        }
        return matched != negated;
    }
}
