package dev.helmshift.report;

/**
 * JUnit XML as Surefire writes it (one {@code testsuite}, one {@code testcase} per finding, classname = rule id),
 * so CI test-report readers show findings as tests. Errors and warnings are failures; info findings pass and carry
 * their text in {@code system-out}. A clean run has one passing test case, so readers do not report an empty suite.
 * Each test case names the file on disk behind its finding, relative to the repository root, in the {@code file}
 * and {@code line} attributes that GitLab's test report and the common JUnit annotators read.
 */
public final class JunitFindings {
    private JunitFindings() {
    }

    public static String format(FindingReport report, SourceRoot root) {
        int failures = (int) report.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
        int tests = Math.max(1, report.findings().size());
        String suite = "helmshift " + report.command();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        xml.append("  <properties>\n    <property name=\"subject\" value=\"").append(escape(report.subject()))
                .append("\"/>\n  </properties>\n");
        if (report.findings().isEmpty()) {
            xml.append("  <testcase classname=\"").append(escape(suite)).append("\" name=\"no findings\" time=\"0\"/>\n");
        }
        for (Finding f : report.findings()) {
            String where = TextFindings.where(f.location());
            String name = where.isEmpty() ? f.message() : where + ": " + f.message();
            xml.append("  <testcase classname=\"").append(escape(f.rule())).append("\" name=\"").append(escape(name))
                    .append('"');
            f.location().sourceFile().ifPresent(source -> {
                xml.append(" file=\"").append(escape(root.displayPath(source.file()))).append('"');
                if (source.line() > 0) {
                    xml.append(" line=\"").append(source.line()).append('"');
                }
            });
            xml.append(" time=\"0\">\n");
            String body = f.message() + (f.fix().isEmpty() ? "" : "\nfix: " + f.fix());
            if (f.severity() == Severity.INFO) {
                xml.append("    <system-out>").append(escape(body)).append("</system-out>\n");
            } else {
                xml.append("    <failure type=\"").append(f.severity().label()).append("\" message=\"")
                        .append(escape(f.message())).append("\">").append(escape(body)).append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        }
        xml.append("</testsuite>\n");
        return xml.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
