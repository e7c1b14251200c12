package dev.helmshift.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 (one run, tool driver {@code helmshift} with one rule per rule id met or described).
 * Severities map to levels error/warning/note. A clean run still carries {@code "results": []}.
 * Locations: a physical location when the file is known (region only when the line is), a logical location
 * carrying the key path or resource. The fix text goes into the message and into {@code properties.fix}.
 */
public final class SarifFindings {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifFindings() {
    }

    public static ObjectNode tree(FindingReport report, String toolVersion) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "helmshift");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://helmshift.dev");
        List<String> ruleIds = ruleIds(report);
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) {
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            rule.putObject("shortDescription").put("text", report.describe(id));
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.put("commandLine", "helmshift " + report.command() + " " + report.subject());
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.rule());
            result.put("ruleIndex", ruleIds.indexOf(f.rule()));
            result.put("level", level(f.severity()));
            String text = f.fix().isEmpty() ? f.message() : f.message() + " Fix: " + f.fix();
            result.putObject("message").put("text", text);
            ObjectNode location = Json.MAPPER.createObjectNode();
            if (!f.location().file().isEmpty()) {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", f.location().file());
                if (f.location().line() > 0) {
                    physical.putObject("region").put("startLine", f.location().line());
                }
            }
            if (!f.location().path().isEmpty()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.location().path());
            }
            if (!location.isEmpty()) {
                result.putArray("locations").add(location);
            }
            if (!f.fix().isEmpty()) {
                result.putObject("properties").put("fix", f.fix());
            }
        }
        return root;
    }

    public static String format(FindingReport report, String toolVersion) {
        return Json.write(tree(report, toolVersion));
    }

    private static List<String> ruleIds(FindingReport report) {
        Set<String> ids = new LinkedHashSet<>(report.rules().keySet());
        report.findings().forEach(f -> ids.add(f.rule()));
        return new ArrayList<>(ids);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
