package dev.helmshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.helmshift.testing.InProcessOnly;
import dev.helmshift.testing.TestTools;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SARIF and JUnit as code-scanning and test-report services need them: every file named relative to the repository
 * root, on the values or template line that caused the finding.
 */
@QuarkusMainTest
class CodeScanningReportsTest {
    static final String V1 = AnalysisCommandsTest.V1;
    static final String V2 = AnalysisCommandsTest.V2;
    static final String MY_VALUES = AnalysisCommandsTest.MY_VALUES;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode sarif(QuarkusMainLauncher launcher, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22", "-o", "sarif"));
        args.addAll(List.of(extra));
        LaunchResult r = launcher.launch(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.getErrorOutput()).isEqualTo(1);
        return MAPPER.readTree(r.getOutput());
    }

    /** rule, uri and line of each result, plus the text of that line in the file under the root. */
    private static List<String> placed(JsonNode sarif, Path root) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            String uri = physical.at("/artifactLocation/uri").asText();
            int line = physical.at("/region/startLine").asInt();
            assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            List<String> lines = Files.readAllLines(root.resolve(uri));
            out.add(result.get("ruleId").asText() + " " + uri + ":" + line + " " + lines.get(line - 1).strip());
        }
        return out;
    }

    @Test
    void sarifPlacesEachFindingOnTheValuesOrTemplateLineRelativeToTheRepositoryRoot(QuarkusMainLauncher launcher) throws Exception {
        JsonNode sarif = sarif(launcher, "--repo-root", ".");

        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(MAPPER.readTree(Files.readString(Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json"))));
        assertThat(schema.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
                .isEqualTo(TestTools.projectDir().toUri().toString());
        assertThat(placed(sarif, TestTools.projectDir())).containsExactly(
                "removed-api charts-fixtures/upgrade-v2/templates/ingress.yaml:3 kind: Ingress",
                "removed-key src/test/resources/check/my-values.yaml:6 replicas: 3",
                "removed-key src/test/resources/check/my-values.yaml:7 legacy:",
                "unknown-key src/test/resources/check/my-values.yaml:4 enabeld: true",
                "floating-tag charts-fixtures/upgrade-v2/templates/deployment.yaml:15 image: \"{{ .Values.global.hub }}/{{ .Values.web.image }}:{{ .Values.global.tag }}\"",
                "image-registry-changed charts-fixtures/upgrade-v2/templates/deployment.yaml:15 image: \"{{ .Values.global.hub }}/{{ .Values.web.image }}:{{ .Values.global.tag }}\"",
                "legacy-template charts-fixtures/upgrade-v2/templates/ingress.yaml:1 {{- if (.Values.web.enabled) and (.Values.web.ingress) }}",
                "image-changed charts-fixtures/upgrade-v2/templates/cache.yaml:11 image: \"{{ .Values.cache.image }}\"");
    }

    @Test
    @InProcessOnly
    void withoutTheFlagTheRootIsTheGitRepositoryOfTheWorkingDirectory(QuarkusMainLauncher launcher) throws Exception {
        Path git = RepoRootFlag.repositoryOf(TestTools.projectDir());
        JsonNode sarif = sarif(launcher);

        assertThat(Files.exists(git.resolve(".git"))).as("the project is a git work tree").isTrue();
        assertThat(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText()).isEqualTo(git.toUri().toString());
        String prefix = TestTools.projectDir().equals(git) ? "" : git.relativize(TestTools.projectDir()) + "/";
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo(prefix + "charts-fixtures/upgrade-v2/templates/ingress.yaml");
    }

    @Test
    @InProcessOnly
    void aFileOutsideTheGivenRootKeepsAnAbsoluteUri(QuarkusMainLauncher launcher) throws Exception {
        JsonNode sarif = sarif(launcher, "--repo-root", "charts-fixtures");

        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("upgrade-v2/templates/ingress.yaml");
        JsonNode values = sarif.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation");
        assertThat(values.get("uri").asText()).isEqualTo(TestTools.projectDir().resolve(MY_VALUES).toUri().toString());
        assertThat(values.has("uriBaseId")).isFalse();
    }

    @Test
    void junitNamesTheSameFilesAndLines(QuarkusMainLauncher launcher) throws Exception {
        String junit = launcher.launch("check", V1, V2, "-f", MY_VALUES, "--kube-version", "1.22", "-o", "junit",
                "--repo-root", ".").getOutput();
        var cases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("testcase");
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            placed.add(c.getAttribute("classname") + " " + c.getAttribute("file") + ":" + c.getAttribute("line"));
        }

        assertThat(placed).containsExactly(
                "removed-api charts-fixtures/upgrade-v2/templates/ingress.yaml:3",
                "removed-key src/test/resources/check/my-values.yaml:6",
                "removed-key src/test/resources/check/my-values.yaml:7",
                "unknown-key src/test/resources/check/my-values.yaml:4",
                "floating-tag charts-fixtures/upgrade-v2/templates/deployment.yaml:15",
                "image-registry-changed charts-fixtures/upgrade-v2/templates/deployment.yaml:15",
                "legacy-template charts-fixtures/upgrade-v2/templates/ingress.yaml:1",
                "image-changed charts-fixtures/upgrade-v2/templates/cache.yaml:11");
    }

    @Test
    @InProcessOnly
    void aRepoRootThatIsNotAFolderIsBadInput(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("check", V1, V2, "-o", "sarif", "--repo-root", "no/such/dir");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.getErrorOutput()).isEqualTo("helmshift: --repo-root no/such/dir is not a folder"
                + " (give the root folder of the repository that holds the charts and values files)");
    }

    /** Microsoft's SARIF Multitool checks the schema and GitHub code scanning's ingestion rules (GH1001...). */
    @Test
    @InProcessOnly
    void githubIngestionRulesFindNothingToComplainAbout(QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        Path tool = TestTools.sarifMultitool();
        Path file = dir.resolve("helmshift.sarif");
        Files.writeString(file, MAPPER.writeValueAsString(sarif(launcher, "--repo-root", ".")));
        Path clean = dir.resolve("clean.sarif");
        Files.writeString(clean, MAPPER.writeValueAsString(MAPPER.readTree(
                launcher.launch("check", V1, V1, "-o", "sarif", "--repo-root", ".").getOutput())));

        for (Path sarif : List.of(file, clean)) {
            ProcessBuilder pb = new ProcessBuilder(tool.toString(), "validate", sarif.toString(), "--rule-kind", "Sarif;Gh",
                    "--output", dir.resolve("validation.sarif").toString(), "--log", "ForceOverwrite")
                    .redirectErrorStream(true);
            pb.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output.lines().filter(l -> l.contains(": error ") || l.contains(": warning ")).toList())
                    .as(sarif.getFileName().toString()).isEmpty();
        }
    }
}
