package dev.helmshift.report;

import java.util.Map;

/** Human-readable findings for a terminal: one line per finding, its fix indented below, then a summary line. */
public final class TextFindings {
    private TextFindings() {
    }

    public static String format(FindingReport report) {
        StringBuilder out = new StringBuilder();
        int ruleWidth = report.findings().stream().mapToInt(f -> f.rule().length()).max().orElse(0);
        for (Finding f : report.findings()) {
            out.append(String.format("%-7s %-" + Math.max(ruleWidth, 1) + "s  ", f.severity().label().toUpperCase(), f.rule()));
            String where = where(f.location());
            if (!where.isEmpty()) {
                out.append(where).append(": ");
            }
            out.append(f.message()).append('\n');
            if (!f.fix().isEmpty()) {
                out.append("        fix: ").append(f.fix()).append('\n');
            }
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** {@code file:line path}, the parts that are known. */
    static String where(Location location) {
        String fileLine = location.fileAndLine();
        if (fileLine.isEmpty()) {
            return location.path();
        }
        return location.path().isEmpty() ? fileLine : fileLine + " " + location.path();
    }

    /** e.g. {@code 5 findings: 1 error, 3 warnings, 1 info} or {@code No findings.} */
    public static String summary(FindingReport report) {
        if (report.findings().isEmpty()) {
            return "No findings.";
        }
        Map<Severity, Integer> counts = report.countsBySeverity();
        int total = report.findings().size();
        return total + (total == 1 ? " finding: " : " findings: ")
                + plural(counts.get(Severity.ERROR), "error") + ", "
                + plural(counts.get(Severity.WARNING), "warning") + ", "
                + counts.get(Severity.INFO) + " info";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
