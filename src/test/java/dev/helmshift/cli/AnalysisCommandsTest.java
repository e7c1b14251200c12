package dev.helmshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.helmshift.testing.InProcessOnly;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis commands end to end on the charts-fixtures/upgrade-v1 -> upgrade-v2 pair, outputs fixed by golden files. */
@QuarkusMainTest
class AnalysisCommandsTest {
    static final String V1 = "charts-fixtures/upgrade-v1";
    static final String V2 = "charts-fixtures/upgrade-v2";
    static final String MY_VALUES = "src/test/resources/check/my-values.yaml";
    static final String CHART_PROFILES = "charts-fixtures/chart-profiles";

    private static String golden(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/golden/cli/" + name));
    }

    private static String out(LaunchResult r) {
        return r.getOutput() + "\n";
    }

    @Test
    void checkReportsEveryUpgradeProblemAsTextAndExitsOne(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult r = launcher.launch("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(out(r)).isEqualTo(golden("check.txt"));
    }

    @Test
    @InProcessOnly
    void checkWritesAPullRequestCommentInMarkdown(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult r = launcher.launch("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22", "-o", "markdown");

        assertThat(out(r)).isEqualTo(golden("check.md"));
    }

    @Test
    void checkWritesSchemaValidSarifAndJunitWithTheSameFindingsAsJson(QuarkusMainLauncher launcher) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(launcher.launch("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22", "-o", "json").getOutput());
        JsonNode sarif = mapper.readTree(launcher.launch("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22", "-o", "sarif").getOutput());
        String junit = launcher.launch("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22", "-o", "junit").getOutput();
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(mapper.readTree(Files.readString(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"))));

        assertThat(schema.validate(sarif)).isEmpty();
        List<String> jsonRules = new ArrayList<>();
        json.get("findings").forEach(f -> jsonRules.add(f.get("rule").asText()));
        List<String> sarifRules = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(f -> sarifRules.add(f.get("ruleId").asText()));
        assertThat(sarifRules).isEqualTo(jsonRules);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
        List<String> junitRules = new ArrayList<>();
        var cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            junitRules.add(((org.w3c.dom.Element) cases.item(i)).getAttribute("classname"));
        }
        assertThat(junitRules).isEqualTo(jsonRules);
    }

    @Test
    @InProcessOnly
    void checkAppliesAPolicyAndItsSeverityOverrides(QuarkusMainLauncher launcher) throws Exception {
        JsonNode json = new ObjectMapper().readTree(launcher.launch("check", V1, V2, "-f", MY_VALUES,
                "--kube-version", "1.22", "--policy", "src/test/resources/check/policy.yaml", "-o", "json").getOutput());

        assertThat(json.at("/countsByRule/policy-registry").asInt()).isEqualTo(2);
        assertThat(json.at("/countsByRule/policy-forbidden-kind").asInt()).isEqualTo(1);
        assertThat(json.at("/countsByRule/policy-required-value").asInt()).isEqualTo(1);
        assertThat(json.at("/countsByRule").has("image-changed")).isFalse();
    }

    @Test
    void checkOnlyFailsAtTheChosenSeverity(QuarkusMainLauncher launcher) {
        assertThat(launcher.launch("check", V1, V1, "--kube-version", "1.8", "--fail-on", "info").exitCode()).isEqualTo(0);
        assertThat(launcher.launch("check", V1, V1, "--kube-version", "1.10").exitCode()).isEqualTo(0);
        assertThat(launcher.launch("check", V1, V1, "--kube-version", "1.10", "--fail-on", "warning").exitCode()).isEqualTo(1);
    }

    @Test
    void diffShowsResourcesImagesValuesAndAPlanLine(QuarkusMainLauncher launcher) throws Exception {
        assertThat(out(launcher.launch("diff", V1, V2))).isEqualTo(golden("diff.txt"));
        assertThat(out(launcher.launch("diff", V1, V2, "-o", "markdown"))).isEqualTo(golden("diff.md"));
    }

    @Test
    @InProcessOnly
    void valuesDiffComparesTheDefaultsOfTwoChartsByPath(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult r = launcher.launch("values", "diff", V1, V2);

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(out(r)).isEqualTo(golden("values-diff.txt"));
    }

    @Test
    @InProcessOnly
    void valuesDiffTakesAValuesFileOnEitherSide(QuarkusMainLauncher launcher) throws Exception {
        JsonNode json = new ObjectMapper().readTree(launcher.launch("values", "diff", V2, MY_VALUES, "-o", "json").getOutput());

        assertThat(json.at("/changes/0/change").asText()).isEqualTo("removed");
        assertThat(json.at("/summary/added").asInt()).isEqualTo(3);
    }

    @Test
    @InProcessOnly
    void valuesDiffComparesTwoProfilesAChartSelectsItselfAsItsTemplatesSeeThem(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult r = launcher.launch("values", "diff", CHART_PROFILES + ":default", CHART_PROFILES + ":canary");

        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(out(r)).isEqualTo(golden("values-diff-chart-profiles.txt"));
    }

    @Test
    @InProcessOnly
    void checkKnowsTheKeysAChartSelectedProfileMovesToTheTopAndStillFindsTypos(QuarkusMainLauncher launcher) {
        // The defaults live under chartDefaults, the templates lift them to the top: replicas and image.tag are known.
        LaunchResult r = launcher.launch("check", CHART_PROFILES, CHART_PROFILES, "--profile", "canary",
                "-f", "src/test/resources/check/chart-profiles-typo.yaml");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(out(r)).isEqualTo("ERROR   unknown-key  src/test/resources/check/chart-profiles-typo.yaml:5 "
                + "tracing.enabeld: unknown key tracing.enabeld (did you mean tracing.enabled?): no default of the "
                + "chart and no template reads it, so it has no effect\n"
                + "        fix: rename tracing.enabeld to tracing.enabled\n"
                + "1 finding: 1 error, 0 warnings, 0 info\n");
    }

    @Test
    @InProcessOnly
    void imagesPlansTheMirrorFromTheValuesAChartSelectedProfileProduces(QuarkusMainLauncher launcher) throws Exception {
        JsonNode json = new ObjectMapper().readTree(launcher.launch("images", CHART_PROFILES, "--profile", "canary",
                "--mirror", "registry.local", "-o", "json").getOutput());

        assertThat(json.at("/profiles/0/file").asText()).isEqualTo("files/profile-canary.yaml");
        assertThat(json.at("/profiles/0/images").toString())
                .isEqualTo("[\"docker.io/example/app:2.2.0-rc.1\",\"docker.io/example/tracer:0.9\"]");
        assertThat(json.at("/profiles/0/mirror/values/image/hub").asText()).isEqualTo("registry.local/example");
        assertThat(json.at("/profiles/0/mirror/verified").asBoolean()).isTrue();
    }

    @Test
    @InProcessOnly
    void checkReportsValuesTheNewChartsSchemaRefusesAndImagesSaysHelmRefusesThem(QuarkusMainLauncher launcher) {
        String chart = "charts-fixtures/values-schema";
        LaunchResult check = launcher.launch("check", chart, chart, "-f", chart + "/values-broken.yaml");
        LaunchResult images = launcher.launch("images", chart, "--profile", "broken");
        LaunchResult skipped = launcher.launch("check", chart, chart, "-f", chart + "/values-broken.yaml",
                "--skip-schema-validation");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(out(check)).isEqualTo("""
                ERROR   schema-violation  values-schema/charts/database/values.schema.json:1: values-schema 0.1.0 refuses these values: database: - at '/port': got string, want integer
                        fix: change the values to meet the chart's values.schema.json; helm refuses to install them
                ERROR   schema-violation  values-schema/values.schema.json:1: values-schema 0.1.0 refuses these values: values-schema: - at '/image/tag': got number, want string
                        fix: change the values to meet the chart's values.schema.json; helm refuses to install them
                ERROR   type-mismatch     charts-fixtures/values-schema/values-broken.yaml:3 image.tag: image.tag is a number but the chart's default is a string ("1.0")
                        fix: give image.tag a string value like the default
                ERROR   type-mismatch     charts-fixtures/values-schema/values-broken.yaml:5 database.port: database.port is a string but the chart's default is a number (5432)
                        fix: give database.port a number value like the default
                4 findings: 4 errors, 0 warnings, 0 info
                """);
        assertThat(images.getOutput()).contains(
                "# helm refuses these values (values-schema/values.schema.json): values-schema: - at '/image/tag': got number, want string\n"
                        + "# helm refuses these values (values-schema/charts/database/values.schema.json): database: - at '/port': got string, want integer");
        assertThat(skipped.getOutput()).doesNotContain("schema-violation").contains("2 findings: 2 errors");
    }

    @Test
    void valuesPrintsTheEffectiveValuesSorted(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("values", V1, "-f", MY_VALUES, "--set", "web.image=api");

        assertThat(out(r)).startsWith("global:\n  hub: docker.io/demo\n  mtls:\n    enabeld: true\n    enabled: false\n  tag: '1.0'\n");
        assertThat(out(r)).contains("web:\n  enabled: true\n  image: api\n  replicas: 3\n");
    }

    @Test
    void validateFindsTheTypoAndSuggestsTheKnownKey(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("validate", V2, "-f", MY_VALUES);

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.getOutput()).contains("my-values.yaml:4 global.mtls.enabeld: unknown key global.mtls.enabeld "
                + "(did you mean global.mtls.enabled?)");
    }

    @Test
    @InProcessOnly
    void validateAppliesTheChartsValuesSchema(QuarkusMainLauncher launcher, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path values = tmp.resolve("v.yaml");
        Files.writeString(values, "web:\n  replicaCount: 0\n");

        LaunchResult r = launcher.launch("validate", V2, "-f", values.toString(), "-o", "json");

        JsonNode json = new ObjectMapper().readTree(r.getOutput());
        assertThat(json.at("/findings/0/rule").asText()).isEqualTo("schema-violation");
        assertThat(json.at("/findings/0/line").asInt()).isEqualTo(2);
        assertThat(json.at("/findings/0/path").asText()).isEqualTo("web.replicaCount");
    }

    @Test
    void imagesPlansAMirrorAndProvesItWithASecondRender(QuarkusMainLauncher launcher) throws Exception {
        JsonNode json = new ObjectMapper().readTree(launcher.launch("images", V1, "--mirror", "registry.local/demo", "-o", "json").getOutput());

        assertThat(json.at("/profiles/0/images/0").asText()).isEqualTo("docker.io/demo/web:1.0");
        assertThat(json.at("/profiles/0/mirror/copies/0/target").asText()).isEqualTo("registry.local/demo/demo/web:1.0");
        assertThat(json.at("/profiles/0/mirror/values/global/hub").asText()).isEqualTo("registry.local/demo/demo");
        assertThat(json.at("/profiles/0/mirror/verified").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing chart|check charts-fixtures/nope " + V2 + "|charts-fixtures/nope",
            "bad policy|check " + V1 + " " + V2 + " --policy src/test/resources/check/bad-policy.yaml|src/test/resources/check/bad-policy.yaml:5: invalid policy",
    })
    void badInputExitsTwoWithOneLine(String name, String args, String expected, QuarkusMainLauncher launcher) {
        assertBadInput(name, launcher.launch(args.split(" ")), expected);
    }

    /** More bad inputs through the same handler; in-process only, as each costs a process launch in the ITs. */
    @ParameterizedTest(name = "{0}")
    @InProcessOnly
    @CsvSource(delimiter = '|', value = {
            "validate without values|validate " + V2 + "|validate needs at least one values file",
            "missing values file|check " + V1 + " " + V2 + " -f nope.yaml|nope.yaml: no such values file",
            "malformed values|check " + V1 + " " + V2 + " -f src/test/resources/check/malformed.yaml|src/test/resources/check/malformed.yaml:",
            "missing policy|check " + V1 + " " + V2 + " --policy nope.yaml|nope.yaml: no such policy file",
            "unknown format|check " + V1 + " " + V2 + " -o xml|unknown output format 'xml'",
            "unknown severity|check " + V1 + " " + V2 + " --fail-on fatal|unknown severity 'fatal'",
            "bad kube version|check " + V1 + " " + V2 + " --kube-version sixteen|invalid Kubernetes version 'sixteen'",
            "unknown profile|check " + V1 + " " + V2 + " --profile nope|nope",
            "validate with malformed values|validate " + V2 + " -f src/test/resources/check/malformed.yaml|malformed.yaml:",
            "validate with sarif is fine but markdown is not|validate " + V2 + " -f " + MY_VALUES + " -o markdown|unknown output format 'markdown'",
            "values diff of nothing|values diff nope.yaml " + V2 + "|no chart or values file at nope.yaml",
            "values without chart|values|values needs a CHART",
            "diff of a missing chart|diff " + V1 + " charts-fixtures/nope|charts-fixtures/nope",
            "images with a missing values file|images " + V1 + " -f nope.yaml|nope.yaml",
    })
    void moreBadInputExitsTwoWithOneLine(String name, String args, String expected, QuarkusMainLauncher launcher) {
        assertBadInput(name, launcher.launch(args.split(" ")), expected);
    }

    private static void assertBadInput(String name, LaunchResult r, String expected) {
        assertThat(r.exitCode()).as(name).isEqualTo(2);
        assertThat(r.getErrorOutput().lines().toList()).as(name).hasSize(1)
                .first().asString().startsWith("helmshift: ").contains(expected);
        assertThat(r.getOutput()).as(name).isEmpty();
    }
}
