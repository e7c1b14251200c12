package dev.helmshift.render;

import com.google.re2j.Pattern;

/**
 * The glob dialect of {@code .Files.Glob} (gobwas/glob with '/' as separator): {@code *} and {@code ?} stay inside one
 * path segment, {@code **} crosses segments, {@code [abc]}, {@code [a-z]}, {@code [!abc]} classes, {@code {a,b}}
 * alternatives, backslash escapes. Compiled to an RE2 pattern, so matching is linear. A malformed glob matches
 * everything, as Helm falls back to {@code **}.
 */
final class FilesGlob {
    private final Pattern pattern;

    private FilesGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    static FilesGlob compile(String glob) {
        try {
            return new FilesGlob(Pattern.compile("^" + translate(glob) + "$", Pattern.DOTALL));
        } catch (RuntimeException malformed) {
            return new FilesGlob(Pattern.compile("^.*$", Pattern.DOTALL));
        }
    }

    boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    private static String translate(String glob) {
        StringBuilder re = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        re.append(".*");
                        i++;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException("unclosed class");
                    }
                    String body = glob.substring(i + 1, close);
                    re.append('[').append(body.startsWith("!") ? "^" + quoteClass(body.substring(1)) : quoteClass(body))
                            .append(']');
                    i = close;
                }
                case '{' -> {
                    re.append("(?:");
                    depth++;
                }
                case '}' -> {
                    if (depth == 0) {
                        throw new IllegalArgumentException("unbalanced }");
                    }
                    re.append(')');
                    depth--;
                }
                case ',' -> re.append(depth > 0 ? "|" : ",");
                case '\\' -> {
                    if (++i >= glob.length()) {
                        throw new IllegalArgumentException("trailing backslash");
                    }
                    re.append(Pattern.quote(String.valueOf(glob.charAt(i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced {");
        }
        return re.toString();
    }

    private static String quoteClass(String body) {
        return body.replace("\\", "\\\\").replace("[", "\\[");
    }
}
