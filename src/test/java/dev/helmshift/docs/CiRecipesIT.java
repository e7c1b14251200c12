package dev.helmshift.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the CI recipes of docs/ci as far as a machine without GitHub or GitLab runners allows: in a scratch git
 * repository shaped like a user's (charts/istio-old, charts/istio-new, values.yaml), every script step runs with
 * bash exactly as written, including the clone and the Maven build of helmshift from this project's committed
 * HEAD. The hosted actions are stood in for: checkout (the scratch repository; a clone for the second checkout),
 * setup-java (the java on the PATH) and upload-sarif (the SARIF is checked as code scanning would read it).
 * A Failsafe test because each recipe builds helmshift once (about a minute).
 */
class CiRecipesIT {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path workspace;

    private Path project;

    @BeforeEach
    void aUserRepository() throws Exception {
        TestTools.onPath("git");
        project = TestTools.projectDir();
        copyTree(project.resolve("charts-fixtures/upgrade-v1"), workspace.resolve("charts/istio-old"));
        copyTree(project.resolve("charts-fixtures/upgrade-v2"), workspace.resolve("charts/istio-new"));
        Files.copy(project.resolve("src/test/resources/check/my-values.yaml"), workspace.resolve("values.yaml"));
        run(workspace, Map.of(), "git init -q && git add -A"
                + " && git -c user.name=ci -c user.email=ci@example.invalid commit -q -m 'charts and values'");
    }

    @Test
    void theGithubWorkflowBuildsHelmshiftAndUploadsRepositoryRelativeSarif() throws Exception {
        JsonNode steps = CiRecipes.read(CiRecipes.GITHUB).at("/jobs/helmshift-check/steps");
        List<String> ran = new ArrayList<>();
        Path sarif = null;
        for (JsonNode step : steps) {
            String uses = step.path("uses").asText();
            if (uses.startsWith("actions/checkout@")) {
                String path = step.at("/with/path").asText();
                if (!path.isEmpty()) {
                    assertThat(step.at("/with/repository").asText()).isEqualTo("${{ vars.HELMSHIFT_REPO }}");
                    run(workspace, Map.of(), "git clone -q --depth 1 " + project.toUri() + " " + path);
                }
                ran.add("checkout " + (path.isEmpty() ? "." : path));
            } else if (uses.startsWith("actions/setup-java@")) {
                assertThat(step.at("/with/java-version").asText()).isEqualTo("17");
                ran.add("setup-java");
            } else if (uses.startsWith("github/codeql-action/upload-sarif@")) {
                assertThat(step.path("if").asText()).as("runs after check exits 1").isEqualTo("always()");
                sarif = workspace.resolve(step.at("/with/sarif_file").asText());
                ran.add("upload-sarif");
            } else {
                // GitHub runs `run:` steps as `bash -e {0}`; a failing step fails the job but always() steps go on
                int exit = run(workspace, Map.of(), "set -e\n" + step.get("run").asText());
                ran.add(step.get("name").asText() + " -> " + exit);
            }
        }

        assertThat(ran).containsExactly("checkout .", "checkout .helmshift", "setup-java", "build helmshift -> 0",
                "helmshift check -> 1", "upload-sarif");
        JsonNode log = MAPPER.readTree(sarif.toFile());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(MAPPER.readTree(project.resolve("src/test/resources/sarif/sarif-2.1.0-rtm.5.json").toFile()));
        assertThat(schema.validate(log)).isEmpty();
        List<String> placed = new ArrayList<>();
        for (JsonNode result : log.at("/runs/0/results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            String uri = physical.at("/artifactLocation/uri").asText();
            assertThat(workspace.resolve(uri)).as("committed in the user's repository").isRegularFile();
            placed.add(uri + ":" + physical.at("/region/startLine").asInt());
        }
        assertThat(placed).startsWith("charts/istio-new/templates/ingress.yaml:3", "values.yaml:6", "values.yaml:7", "values.yaml:4");
    }

    @Test
    void theGitlabJobBuildsHelmshiftAndKeepsARepositoryRelativeJunitReport() throws Exception {
        JsonNode job = CiRecipes.read(CiRecipes.GITLAB).get("helmshift-check");
        StringBuilder script = new StringBuilder("set -eo pipefail\n");   // what GitLab's bash shell sets
        Stream.concat(lines(job.get("before_script")), lines(job.get("script"))).forEach(l -> script.append(l).append('\n'));

        int exit = run(workspace, Map.of("HELMSHIFT_REPO", project.toUri().toString()), script.toString());

        assertThat(exit).as("check exits 1 on the fixture's findings, after the build").isEqualTo(1);
        assertThat(job.at("/artifacts/when").asText()).as("the report is kept when the job fails").isEqualTo("always");
        Path junit = workspace.resolve(job.at("/artifacts/reports/junit").asText());
        var cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getElementsByTagName("testcase");
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertThat(workspace.resolve(c.getAttribute("file"))).isRegularFile();
            placed.add(c.getAttribute("file") + ":" + c.getAttribute("line"));
        }
        assertThat(placed).startsWith("charts/istio-new/templates/ingress.yaml:3", "values.yaml:6", "values.yaml:7", "values.yaml:4");
    }

    private static Stream<String> lines(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(l -> out.add(l.asText()));
        return out.stream();
    }

    /** Runs a bash script in {@code dir}; the output goes to the test log. Maven's variables of this build are dropped. */
    private static int run(Path dir, Map<String, String> env, String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("MAVEN_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(script).isTrue();
        System.out.print(output);
        return p.exitValue();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
