package dev.helmshift.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages a reader sees (README.md and docs/*.md) cut into their fenced blocks, with the directive comment that
 * may stand on the line before a block. What the blocks mean is the contract DocExamplesTest checks:
 * <ul>
 *   <li>{@code ```console}: lines starting with {@code $ helmshift} are run; the lines after each are what it prints
 *       (stdout, then stderr). A trailing {@code # exit N} says the exit code (else 0).</li>
 *   <li>{@code <!-- from: PATH -->} before any block: the block is an excerpt of the file PATH.</li>
 *   <li>{@code <!-- cluster: demo -->} before a console block: its commands run against the demo's API server
 *       (the flaskapp quick start objects), which starts for that block.</li>
 *   <li>{@code ```bash}/{@code ```sh}: every {@code helmshift ...} line must parse with the current commands.</li>
 * </ul>
 * In expected text, a line holding only {@code …} stands for any number of lines, and {@code …} inside a line for
 * any text on that line.
 */
final class DocPages {
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*([a-z]+):\\s*(.+?)\\s*-->$");

    /** A fenced block: where it starts (page:line of the fence), its info word, its directive, and its lines. */
    record Block(Path page, int line, String language, String directive, String argument, List<String> lines) {
        String where() {
            return page + ":" + line;
        }

        @Override
        public String toString() {
            return where() + " (" + (directive.isEmpty() ? language : directive + ": " + argument) + ")";
        }
    }

    private DocPages() {
    }

    /** README.md and every page under docs/, in a stable order. */
    static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    static List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (Path page : pages()) {
            blocks.addAll(blocks(page, read(page)));
        }
        return blocks;
    }

    static List<Block> blocks(Path page, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String directive = "";
            String argument = "";
            if (i > 0) {
                Matcher d = DIRECTIVE.matcher(lines.get(i - 1).strip());
                if (d.matches()) {
                    directive = d.group(1);
                    argument = d.group(2);
                }
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException(page + ":" + (i + 1) + ": a fenced block that is never closed");
            }
            blocks.add(new Block(page, i + 1, open.group(1), directive, argument, List.copyOf(lines.subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command line as a shell cuts it: its words and its trailing {@code #} comment (without the '#'). */
    record ShellLine(List<String> words, String comment) {
    }

    /**
     * Cuts a command line into words as a POSIX shell would for the cases the pages use: single and double quotes,
     * backslash escapes, and a {@code #} comment at the start of a word. No expansion.
     */
    static ShellLine shellLine(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '\\' && i + 1 < line.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(line.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                return new ShellLine(words, line.substring(i + 1).strip());
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + line);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return new ShellLine(words, "");
    }
}
