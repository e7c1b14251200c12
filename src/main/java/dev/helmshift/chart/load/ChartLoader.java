package dev.helmshift.chart.load;

import dev.helmshift.chart.Chart;
import dev.helmshift.chart.ChartNotFoundException;
import dev.helmshift.error.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a chart from a folder or a .tgz archive, the way {@code helm template CHART} does, into the immutable
 * {@link Chart} model. Every problem is a {@code ChartException} (exit 2) naming the file and line.
 */
public final class ChartLoader {
    private ChartLoader() {
    }

    /** Loads the chart at {@code path}: a folder with a Chart.yaml, or a chart archive (.tgz). */
    public static Chart load(Path path) {
        String display = path.toString();
        if (!Files.exists(path)) {
            throw new ChartNotFoundException("chart not found: " + display + " does not exist",
                    "give the path of a chart folder (the one holding Chart.yaml) or of a .tgz archive", display);
        }
        if (Files.isDirectory(path)) {
            if (!Files.isRegularFile(path.resolve("Chart.yaml"))) {
                throw new ChartNotFoundException("not a chart: " + display + " has no Chart.yaml",
                        "give the folder that holds Chart.yaml", display + "/Chart.yaml");
            }
            return ChartAssembler.assemble(DirectoryReader.read(path, display), display, 0);
        }
        try (var in = Files.newInputStream(path)) {
            byte[] archive = TarReader.readAll(in, ArchiveReader.MAX_TOTAL);
            return ChartAssembler.assemble(ArchiveReader.read(archive, display), display, 0);
        } catch (IOException e) {
            throw new BadInputException("cannot read chart archive " + display + ": " + e.getMessage(),
                    "give a readable .tgz made by 'helm package'");
        }
    }
}
