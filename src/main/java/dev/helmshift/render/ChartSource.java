package dev.helmshift.render;

import java.util.List;
import java.util.Map;

/**
 * What the renderer needs of a loaded chart: the view the chart model offers it (see {@link ChartModelSource}).
 * Kept small so that render/ and the chart loader can evolve separately.
 */
public interface ChartSource {
    /** The chart's name as templates see it (the alias for an aliased dependency). */
    String name();

    /** Chart.yaml as Helm's {@code .Chart} map: Go field names (Name, Version, AppVersion, APIVersion, ...). */
    Map<String, Object> metadata();

    /** Templates by path relative to the chart root ({@code templates/x.yaml}), partials and NOTES.txt included. */
    Map<String, String> templates();

    /** The non-template files of the chart ({@code .Files}), by path relative to the chart root. */
    Map<String, byte[]> files();

    /** The enabled subcharts, in the order Helm lists them. */
    List<ChartSource> dependencies();
}
