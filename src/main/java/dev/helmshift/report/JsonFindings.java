package dev.helmshift.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON contract of findings (docs/json-contracts.md documents it):
 * {@code {"command", "subject", "summary": {"error", "warning", "info"}, "countsByRule": {rule: n},
 * "findings": [{"rule", "severity", "message", "file", "line", "path", "fix"}]}}.
 */
public final class JsonFindings {
    private JsonFindings() {
    }

    public static ObjectNode tree(FindingReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("command", report.command());
        root.put("subject", report.subject());
        ObjectNode summary = root.putObject("summary");
        report.countsBySeverity().forEach((s, n) -> summary.put(s.label(), n));
        ObjectNode byRule = root.putObject("countsByRule");
        report.countsByRule().forEach(byRule::put);
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", f.rule());
            node.put("severity", f.severity().label());
            node.put("message", f.message());
            node.put("file", f.location().file());
            node.put("line", f.location().line());
            node.put("path", f.location().path());
            node.put("fix", f.fix());
        }
        return root;
    }

    public static String format(FindingReport report) {
        return Json.write(tree(report));
    }
}
