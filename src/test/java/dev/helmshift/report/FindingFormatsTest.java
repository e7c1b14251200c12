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
                    Location.of("istio/charts/pilot/templates/deployment.yaml", 0, "gcr.io/istio-testing/pilot:1.4-dev"),
                    "pin a released tag"),
            new Finding("removed-key", Severity.ERROR, "global.mtls.enabeld is unknown | (did you mean global.mtls.enabled?)",
                    Location.of("my.yaml", 4, "global.mtls.enabeld"), "rename global.mtls.enabeld to global.mtls.enabled"),
            new Finding("image-changed", Severity.INFO, "new image docker.io/istio/kiali:v1 <&>", Location.path("docker.io/istio/kiali:v1"), "")),
            Map.of("removed-key", "A user values key that the new chart no longer knows"));

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
            JsonNode sarif = new ObjectMapper().readTree(SarifFindings.format(report, "0.1.0"));

            assertThat(schema.validate(sarif)).as(report.subject()).isEmpty();
            assertThat(sarif.at("/version").asText()).isEqualTo("2.1.0");
            assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
            assertThat(sarif.at("/runs/0/results").size()).isEqualTo(report.findings().size());
        }
        JsonNode sarif = new ObjectMapper().readTree(SarifFindings.format(REPORT, "0.1.0"));
        assertThat(sarif.at("/runs/0/results/0/level").asText()).isEqualTo("error");
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(4);
        assertThat(sarif.at("/runs/0/results/2/level").asText()).isEqualTo("note");
    }

    @Test
    void junitIsASurefireStyleSuiteWithAFailurePerErrorOrWarning() throws Exception {
        for (FindingReport report : List.of(REPORT, CLEAN)) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(JunitFindings.format(report).getBytes(StandardCharsets.UTF_8)));
            Element suite = doc.getDocumentElement();
            NodeList cases = suite.getElementsByTagName("testcase");

            assertThat(suite.getTagName()).isEqualTo("testsuite");
            assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength());
            assertThat(Integer.parseInt(suite.getAttribute("failures")))
                    .isEqualTo(suite.getElementsByTagName("failure").getLength());
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JunitFindings.format(REPORT).getBytes(StandardCharsets.UTF_8)));
        Element first = (Element) doc.getElementsByTagName("testcase").item(0);
        assertThat(first.getAttribute("classname")).isEqualTo("removed-key");
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
