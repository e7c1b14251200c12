package dev.helmshift.render.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Makes the chart that helm v4 renders the way Helm 2 (Go ≤ 1.13) rendered the original: a copy in which every
 * action {@code if (A) and|or ...} is rewritten to {@code if A}, since old Go evaluated A and ignored the rest.
 */
final class LegacyRewrite {
    private LegacyRewrite() {
    }

    /** Deletes what is at {@code target}, then {@link #copy copies} {@code chart} there. */
    static int replace(Path chart, Path target) {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy(chart, target);
    }

    /** Copies {@code chart} to {@code target}, rewriting the idiom in every template; returns how many it rewrote. */
    static int copy(Path chart, Path target) {
        int[] rewrites = {0};
        try (Stream<Path> files = Files.walk(chart)) {
            for (Path file : files.toList()) {
                Path dest = target.resolve(chart.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else if (file.toString().contains("/templates/")) {
                    // Latin-1 maps each byte to one char and back, so a template that is not UTF-8 keeps its bytes.
                    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                    String rewritten = rewrite(text);
                    if (!rewritten.equals(text)) {
                        rewrites[0]++;
                    }
                    Files.writeString(dest, rewritten, StandardCharsets.ISO_8859_1);
                } else {
                    Files.copy(file, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rewrites[0];
    }

    /** Rewrites {@code if (A) and ...}/{@code if (A) or ...} inside actions to {@code if A}. */
    static String rewrite(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                break;
            }
            int actionEnd = text.charAt(close - 1) == '-' && text.charAt(close - 2) == ' ' ? close - 2 : close;
            out.append(text, from, open);
            out.append(rewriteAction(text.substring(open, actionEnd))).append(text, actionEnd, close + 2);
            from = close + 2;
        }
        return out.append(text.substring(from)).toString();
    }

    private static String rewriteAction(String action) {
        int at = action.indexOf("if (");
        if (at < 0) {
            return action;
        }
        int depth = 0;
        int i = at + 3;
        for (; i < action.length(); i++) {
            char c = action.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        if (i >= action.length()) {
            return action;
        }
        String rest = action.substring(i + 1).stripLeading();
        if (!(rest.startsWith("and ") || rest.startsWith("or "))) {
            return action;
        }
        return action.substring(0, at) + "if " + action.substring(at + 4, i) + " ";
    }
}
