package dev.helmshift.chart.load;

import dev.helmshift.chart.ChartPathEscapeException;
import dev.helmshift.chart.InvalidChartException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a chart archive (.tgz) as Helm's LoadArchive does: the first path segment is the chart folder and is
 * dropped; absolute paths, '..' and drive letters are refused (they would escape the chart root), as are links that
 * point outside it; sizes are bounded like Helm's (100 MiB in all, 5 MiB per file).
 */
final class ArchiveReader {
    static final long MAX_TOTAL = 100L << 20;
    static final long MAX_FILE = 5L << 20;
    private static final Pattern DRIVE = Pattern.compile("^[a-zA-Z]:/");

    private ArchiveReader() {
    }

    static List<BufferedFile> read(byte[] archive, String display) {
        List<BufferedFile> files = new ArrayList<>();
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(archive))) {
            TarReader tar = new TarReader(gz, MAX_FILE, MAX_TOTAL);
            TarEntry entry;
            while ((entry = tar.next()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = chartRelative(entry.name(), display);
                if (entry.isLink()) {
                    checkLink(name, entry.linkName(), display);
                }
                files.add(BufferedFile.withoutBom(name, entry.data()));
            }
        } catch (TarReader.SizeLimitException e) {
            throw new InvalidChartException(e.getMessage(), "the archive is too large to be a chart", display, 0);
        } catch (IOException e) {
            throw new InvalidChartException("cannot read chart archive: " + e.getMessage(),
                    "check that it is a gzipped tar made by 'helm package'", display, 0);
        }
        return files;
    }

    /** The entry's name inside the chart: the first segment (the chart folder) dropped, cleaned and confined. */
    private static String chartRelative(String entryName, String display) {
        String delimiter = entryName.contains("\\") ? "\\" : "/";
        String[] parts = entryName.split(Pattern.quote(delimiter), -1);
        if (parts[0].equals("Chart.yaml")) {
            throw new InvalidChartException("Chart.yaml is not in the base directory of the archive",
                    "package the chart with 'helm package', which puts it under a folder", display, 0);
        }
        String joined = String.join("/", java.util.Arrays.copyOfRange(parts, 1, parts.length));
        if (joined.startsWith("/")) {
            throw escape(entryName, display, "contains an absolute path");
        }
        String clean = cleanPath(joined);
        if (clean.equals(".")) {
            throw escape(entryName, display, "has content outside the base directory");
        }
        if (clean.startsWith("..")) {
            throw escape(entryName, display, "references the parent directory");
        }
        if (DRIVE.matcher(clean).find()) {
            throw escape(entryName, display, "has an illegally named file");
        }
        return clean;
    }

    private static void checkLink(String name, String target, String display) {
        if (target.startsWith("/") || DRIVE.matcher(target).find()) {
            throw escape(name + " -> " + target, display, "has a link to an absolute path");
        }
        String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
        String resolved = cleanPath(dir.isEmpty() ? target : dir + "/" + target);
        if (resolved.startsWith("..")) {
            throw escape(name + " -> " + target, display, "has a link that points outside the chart root");
        }
    }

    private static ChartPathEscapeException escape(String entry, String display, String what) {
        return new ChartPathEscapeException(display + ": archive entry '" + entry + "' " + what, display);
    }

    /** Go's path.Clean for relative paths. */
    static String cleanPath(String path) {
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else {
                    out.add("..");
                }
                continue;
            }
            out.add(seg);
        }
        return out.isEmpty() ? "." : String.join("/", out);
    }
}
