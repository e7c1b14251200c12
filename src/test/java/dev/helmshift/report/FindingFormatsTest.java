package dev.helmshift.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FindingFormatsTest {

    static final FindingReport REPORT = new FindingReport("check", "istio 1.0.4 -> istio 1.4.6", List.of(
            new Finding("floating-tag", Severity.WARNING, "gcr.io/istio-testing/pilot:1.4-dev has the floating tag '1.4-dev'",
                    Location.of("istio/charts/pilot/templates/deployment.yaml", 0, "gcr.io/istio-testing/pilot:1.4-dev")
                            .onDisk(new SourceFile("charts/istio 1.4/charts/pilot/templates/deployment.yaml", 12)),
                    "pin a released tag"),
            new Finding("removed-key", Severity.ERROR, "global.mtls.enabeld is unknown | (did you mean global.mtls.enabled?)",
                    Location.of("my.yaml", 4, "global.mtls.enabeld"), "rename global.mtls.enabeld to global.mtls.enabled"),
            new Finding("image-changed", Severity.INFO, "new image docker.io/istio/kiali:v1 <&>", Location.path("docker.io/istio/kiali:v1"), "")),
            Map.of("removed-key", new RuleText("A user values key that the new chart no longer knows",
                    "Move the value to the key that replaced it.")));

    /** The repository is /repo and the command runs in it. */
    static final SourceRoot ROOT = new SourceRoot(Path.of("/repo"), Path.of("/repo"));

    static final FindingReport CLEAN = new FindingReport("check", "a -> b", List.of(), Map.of());

    private static String golden(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/golden/report/" + name));
    }

    @Test
    void textListsFindingsBySeverityWithTheirFixAndASummary() throws Exception {
        assertThat(TextFindings.format(REPORT)).isEqualTo(golden("findings.txt"));
        assertThat(TextFindings.format(CLEAN)).isEqualTo("No findings.\n");
    }

    @Test
    void markdownIsAPullRequestCommentTable() throws Exception {
        assertThat(MarkdownFindings.format(REPORT)).isEqualTo(golden("findings.md"));
        assertThat(MarkdownFindings.format(CLEAN)).isEqualTo("### helmshift check: `a -> b`\n\nNo findings.\n");
    }

    @Test
    void jsonCarriesSummaryCountsByRuleAndEachFinding() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonFindings.format(REPORT));

        assertThat(json.at("/summary/error").asInt()).isEqualTo(1);
        assertThat(json.at("/countsByRule/floating-tag").asInt()).isEqualTo(1);
        assertThat(json.at("/findings/0/rule").asText()).isEqualTo("removed-key");
        assertThat(json.at("/findings/0/file").asText()).isEqualTo("my.yaml");
        assertThat(json.at("/findings/0/line").asInt()).isEqualTo(4);
        assertThat(json.at("/findings/0/path").asText()).isEqualTo("global.mtls.enabeld");
    }

    @Test
    void sarifValidatesAgainstTheSarif210SchemaWithAndWithoutFindings() throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(
                new ObjectMapper().readTree(Files.readString(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"))));
        for (FindingReport report : List.of(REPORT, CLEAN)) {
            JsonNode sarif = new ObjectMapper().readTree(SarifFindings.format(report, "0.1.0", ROOT));

            assertThat(schema.validate(sarif)).as(report.subject()).isEmpty();
            assertThat(sarif.at("/version").asText()).isEqualTo("2.1.0");
            assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
            assertThat(sarif.at("/runs/0/results").size()).isEqualTo(report.findings().size());
        }
        JsonNode sarif = new ObjectMapper().readTree(SarifFindings.format(REPORT, "0.1.0", ROOT));
        assertThat(sarif.at("/runs/0/results/0/level").asText()).isEqualTo("error");
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(sarif.at("/runs/0/results/2/level").asText()).isEqualTo("note");
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/name").asText()).isEqualTo("RemovedKey");
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/help/text").asText()).isEqualTo("Move the value to the key that replaced it.");
    }

    @Test
    void sarifNamesTheFileOnDiskRelativeToTheRepositoryRootWithItsLine() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(SarifFindings.format(REPORT, "0.1.0", ROOT));

        assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo("file:///repo/");
        JsonNode values = sarif.at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(values.at("/artifactLocation/uri").asText()).isEqualTo("my.yaml");
        assertThat(values.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode template = sarif.at("/runs/0/results/1/locations/0/physicalLocation");
        assertThat(template.at("/artifactLocation/uri").asText()).isEqualTo("charts/istio%201.4/charts/pilot/templates/deployment.yaml");
        assertThat(template.at("/region/startLine").asInt()).isEqualTo(12);
        assertThat(sarif.at("/runs/0/results/1/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("gcr.io/istio-testing/pilot:1.4-dev");
        assertThat(sarif.at("/runs/0/results/2/locations/0/physicalLocation").isMissingNode()).as("no file").isTrue();
    }

    @Test
    void aFileOutsideTheRepositoryKeepsAnAbsoluteUriWithoutABase() throws Exception {
        SourceRoot elsewhere = new SourceRoot(Path.of("/repo/charts"), Path.of("/repo"));
        JsonNode sarif = new ObjectMapper().readTree(SarifFindings.format(REPORT, "0.1.0", elsewhere));

        JsonNode values = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(values.at("/uri").asText()).isEqualTo("file:///repo/my.yaml");
        assertThat(values.has("uriBaseId")).isFalse();
        assertThat(sarif.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("istio%201.4/charts/pilot/templates/deployment.yaml");
    }

    @Test
    void junitIsASurefireStyleSuiteWithAFailurePerErrorOrWarning() throws Exception {
        for (FindingReport report : List.of(REPORT, CLEAN)) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(JunitFindings.format(report, ROOT).getBytes(StandardCharsets.UTF_8)));
            Element suite = doc.getDocumentElement();
            NodeList cases = suite.getElementsByTagName("testcase");

            assertThat(suite.getTagName()).isEqualTo("testsuite");
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength());
            assertThat(Integer.parseInt(suite.getAttribute("failures")))
                    .isEqualTo(suite.getElementsByTagName("failure").getLength());
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitFindings.format(REPORT, ROOT).getBytes(StandardCharsets.UTF_8)));
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("classname")).isEqualTo("removed-key");
        assertThat(first.getAttribute("file")).isEqualTo("my.yaml");
        assertThat(first.getAttribute("line")).isEqualTo("4");
        Element template = (Element) doc.getElementsByTagName("testcase").item(1);
        assertThat(template.getAttribute("file")).isEqualTo("charts/istio 1.4/charts/pilot/templates/deployment.yaml");
        assertThat(template.getAttribute("line")).isEqualTo("12");
        Element noFile = (Element) doc.getElementsByTagName("testcase").item(2);
        assertThat(noFile.hasAttribute("file")).isFalse();
        assertThat(first.getAttribute("name")).isEqualTo("my.yaml:4 global.mtls.enabeld: global.mtls.enabeld is unknown | (did you mean global.mtls.enabled?)");
        assertThat(((Element) first.getElementsByTagName("failure").item(0)).getAttribute("type")).isEqualTo("error");
        assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("new image docker.io/istio/kiali:v1 <&>");
    }

    @Test
    void failOnComparesSeverities() {
        assertThat(REPORT.failsAt(Severity.ERROR)).isTrue();
        assertThat(CLEAN.failsAt(Severity.INFO)).isFalse();
        assertThat(new FindingReport("c", "s", List.of(REPORT.findings().get(2)), Map.of()).failsAt(Severity.WARNING)).isFalse();
    }
}
