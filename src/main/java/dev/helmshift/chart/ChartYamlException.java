package dev.helmshift.chart;

/** A YAML file of the chart (or a -f file) is malformed, has the wrong shape, or exceeds a safety limit. */
public final class ChartYamlException extends ChartException {
    private final int column;
    private final String problem;

    public ChartYamlException(String problem, String hint, String file, int line, int column, Throwable cause) {
        super(describe(problem, file, line, column), hint, file, line, cause);
        this.column = column;
        this.problem = problem;
    }

    /** What is wrong, without where (Helm's text for YAML that Helm refuses). */
    public String problem() {
        return problem;
    }

    /** The 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    private static String describe(String problem, String file, int line, int column) {
        String where = where(file, line) + (line > 0 && column > 0 ? ":" + column : "");
        return where.isEmpty() ? problem : where + ": " + problem;
    }
}
