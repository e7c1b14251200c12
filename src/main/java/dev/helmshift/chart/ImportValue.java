package dev.helmshift.chart;

/**
 * One entry of a dependency's {@code import-values}. The string form {@code - data} is the same as
 * {@code {child: exports.data, parent: .}}, which is how Helm normalises it.
 *
 * @param child  the path in the subchart's values, e.g. {@code exports.data} or {@code default.data}
 * @param parent the path in the parent's values where the table lands; "." is the parent's root
 */
public record ImportValue(String child, String parent) {
    public ImportValue {
        if (child == null || parent == null) {
            throw new IllegalArgumentException("import-values needs child and parent");
        }
    }

    /** The string form: imports the subchart's {@code exports.NAME} table into the parent's root. */
    public static ImportValue ofExport(String name) {
        return new ImportValue("exports." + name, ".");
    }
}
