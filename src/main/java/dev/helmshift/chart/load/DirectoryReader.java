package dev.helmshift.chart.load;

import dev.helmshift.chart.ChartPathEscapeException;
import dev.helmshift.chart.InvalidChartException;
import dev.helmshift.error.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every file of a chart folder as Helm's LoadDir does: a lexical walk that applies the root's .helmignore
 * to folders and files and follows symlinks, but only while they stay inside the chart root.
 */
final class DirectoryReader {
    private final Path root;
    private final Path realRoot;
    private final String display;
    private final HelmIgnore ignore;
    private final Deque<Path> activeDirs = new ArrayDeque<>();
    private final List<BufferedFile> files = new ArrayList<>();

    private DirectoryReader(Path root, Path realRoot, String display, HelmIgnore ignore) {
        this.root = root;
        this.realRoot = realRoot;
        this.display = display;
        this.ignore = ignore;
    }

    /** The chart's files, named relative to its root, in lexical walk order. */
    static List<BufferedFile> read(Path root, String display) {
        try {
            Path realRoot = root.toRealPath();
            Path ignoreFile = root.resolve(".helmignore");
            HelmIgnore ignore = Files.isRegularFile(ignoreFile)
                    ? HelmIgnore.parse(Files.readAllBytes(ignoreFile), display + "/.helmignore")
                    : HelmIgnore.defaults();
            DirectoryReader reader = new DirectoryReader(root, realRoot, display, ignore);
            reader.walk(realRoot, "");
            return List.copyOf(reader.files);
        } catch (IOException e) {
            throw new BadInputException("cannot read chart folder " + display + ": " + e.getMessage(),
                    "check that the folder and its files are readable");
        }
    }

    private void walk(Path realDir, String relDir) throws IOException {
        activeDirs.push(realDir);
        List<Path> entries;
        try (Stream<Path> list = Files.list(realDir)) {
            entries = list.sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
        for (Path entry : entries) {
            String rel = relDir.isEmpty() ? entry.getFileName().toString() : relDir + "/" + entry.getFileName();
            Path target = entry;
            if (Files.isSymbolicLink(entry)) {
                target = confinedTarget(entry, rel);
            }
            if (Files.isDirectory(target)) {
                if (ignore.ignores(rel, true)) {
                    continue;
                }
                if (activeDirs.contains(target)) {
                    throw new InvalidChartException("symlink loop at " + rel, "remove the link", display, 0);
                }
                walk(target, rel);
                continue;
            }
            if (ignore.ignores(rel, false)) {
                continue;
            }
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new InvalidChartException("cannot load irregular file " + rel
                        + " as it has file mode type bits set", "remove it or list it in .helmignore", display, 0);
            }
            files.add(BufferedFile.withoutBom(rel, Files.readAllBytes(target)));
        }
        activeDirs.pop();
    }

    private Path confinedTarget(Path link, String rel) throws IOException {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            throw new InvalidChartException("broken symlink " + rel + " -> " + Files.readSymbolicLink(link),
                    "remove the link or restore its target", display, 0);
        }
        if (!target.startsWith(realRoot)) {
            throw new ChartPathEscapeException(display + "/" + rel + ": symlink points outside the chart root (-> "
                    + Files.readSymbolicLink(link) + ")", display + "/" + rel);
        }
        return target;
    }

    @Override
    public String toString() {
        return "DirectoryReader[" + root + "]";
    }
}
