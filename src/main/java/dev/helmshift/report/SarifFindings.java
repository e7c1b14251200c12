package dev.helmshift.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 as code-scanning services ingest it: one run, tool driver {@code helmshift} with one rule per rule id
 * met or described (short and full description, help), severities as levels error/warning/note. A clean run still
 * carries {@code "results": []}.
 * <p>
 * Each result's physical location is the file on disk behind the finding, relative to the repository root with
 * {@code uriBaseId: %SRCROOT%} (declared in {@code originalUriBaseIds}), so GitHub code scanning can place it on a
 * line of the pull request; the region's {@code startLine} is the values or template line when known. A file
 * outside the root keeps an absolute {@code file:} URI. The key path or resource goes into a logical location, the
 * fix into the message and into {@code properties.fix}.
 */
public final class SarifFindings {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifFindings() {
    }

    public static ObjectNode tree(FindingReport report, String toolVersion, SourceRoot root) {
        ObjectNode sarif = Json.MAPPER.createObjectNode();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "helmshift");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion);
        driver.put("informationUri", "https://helmshift.dev");
        List<String> ruleIds = ruleIds(report);
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) {
            RuleText text = report.text(id);
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            rule.put("name", ruleName(id));
            rule.putObject("shortDescription").put("text", text.summary());
            rule.putObject("fullDescription").put("text", text.summary() + ". " + text.help());
            rule.putObject("help").put("text", text.help());
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.put("commandLine", "helmshift " + report.command() + " " + report.subject());
        run.putObject("originalUriBaseIds").putObject(SourceRoot.BASE_ID).put("uri", root.rootUri());
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.rule());
            result.put("ruleIndex", ruleIds.indexOf(f.rule()));
            result.put("level", level(f.severity()));
            String text = f.fix().isEmpty() ? f.message() : f.message() + " Fix: " + f.fix();
            result.putObject("message").put("text", text);
            ObjectNode location = Json.MAPPER.createObjectNode();
            f.location().sourceFile().ifPresent(source -> physical(location.putObject("physicalLocation"), source, root));
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
        return sarif;
    }

    public static String format(FindingReport report, String toolVersion, SourceRoot root) {
        return Json.write(tree(report, toolVersion, root));
    }

    private static void physical(ObjectNode physical, SourceFile source, SourceRoot root) {
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", root.uri(source.file()));
        if (root.relativePath(source.file()).isPresent()) {
            artifact.put("uriBaseId", SourceRoot.BASE_ID);
        }
        if (source.line() > 0) {
            physical.putObject("region").put("startLine", source.line());
        }
    }

    private static List<String> ruleIds(FindingReport report) {
        Set<String> ids = new LinkedHashSet<>(report.rules().keySet());
        report.findings().forEach(f -> ids.add(f.rule()));
        return new ArrayList<>(ids);
    }

    /** SARIF's rule name is an identifier in PascalCase: {@code removed-key} becomes {@code RemovedKey}. */
    static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.isEmpty() ? "Rule" : name.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
