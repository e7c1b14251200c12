package dev.helmshift.report;

import java.util.Map;

/** Findings as a GitHub/GitLab PR comment: a heading, a summary line, a table, and counts per rule. */
public final class MarkdownFindings {
    private MarkdownFindings() {
    }

    public static String format(FindingReport report) {
        StringBuilder md = new StringBuilder();
        md.append("### helmshift ").append(report.command()).append(": `").append(report.subject()).append("`\n\n");
        if (report.findings().isEmpty()) {
            return md.append("No findings.\n").toString();
        }
        md.append("**").append(TextFindings.summary(report)).append("**\n\n");
        md.append("| Severity | Rule | Location | Message | Fix |\n");
        md.append("|---|---|---|---|---|\n");
        for (Finding f : report.findings()) {
            md.append("| ").append(icon(f.severity())).append(' ').append(f.severity().label())
                    .append(" | `").append(f.rule()).append("` | ")
                    .append(code(TextFindings.where(f.location()))).append(" | ")
                    .append(cell(f.message())).append(" | ")
                    .append(cell(f.fix())).append(" |\n");
        }
        md.append("\n<details><summary>Findings by rule</summary>\n\n");
        for (Map.Entry<String, Integer> e : report.countsByRule().entrySet()) {
            md.append("- `").append(e.getKey()).append("` (").append(report.describe(e.getKey())).append("): ")
                    .append(e.getValue()).append('\n');
        }
        md.append("\n</details>\n");
        return md.toString();
    }

    private static String icon(Severity severity) {
        return switch (severity) {
            case ERROR -> ":x:";
            case WARNING -> ":warning:";
            case INFO -> ":information_source:";
        };
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }

    /** Table cells cannot hold newlines or bare pipes, and a PR comment renders HTML, so angle brackets are escaped. */
    static String cell(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
