package dev.helmshift.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI recipes against the schemas the services publish: GitHub's workflow schema (SchemaStore's, through
 * {@code @action-validator/core} run with node) and GitLab CI's {@code ci.json}. Each test also shows that a broken
 * copy is refused, so a validator that accepts anything cannot make it pass. Skipped without .ci/install-tools.
 */
class CiRecipesSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The validator's verdict on a workflow file: {"actionType": "workflow", "errors": [...]}. */
    private static JsonNode validateWorkflow(Path workflow) throws Exception {
        Path validator = TestTools.ciSchema("action-validator/action_validator.js");
        Process p = new ProcessBuilder(TestTools.onPath("node").toString(), "-e",
                "const v = require(process.argv[1]);"
                        + "const src = require('fs').readFileSync(process.argv[2], 'utf8');"
                        + "process.stdout.write(JSON.stringify(v.validateWorkflow(src)));",
                validator.toAbsolutePath().toString(), workflow.toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return MAPPER.readTree(out);
    }

    @Test
    void theGithubWorkflowIsValidAgainstTheWorkflowSchema(@TempDir Path dir) throws Exception {
        JsonNode verdict = validateWorkflow(CiRecipes.GITHUB);

        assertThat(verdict.get("actionType").asText()).isEqualTo("workflow");
        assertThat(verdict.get("errors")).as(verdict.toPrettyString()).isEmpty();
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, Files.readString(CiRecipes.GITHUB).replace("    steps:", "    stepz:"));
        assertThat(validateWorkflow(broken).get("errors")).as("a job without steps").isNotEmpty();
    }

    @Test
    void theGitlabJobIsValidAgainstGitlabsCiSchema() throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(MAPPER.readTree(TestTools.ciSchema("gitlab-ci.schema.json").toFile()));
        JsonNode job = CiRecipes.read(CiRecipes.GITLAB);

        assertThat(schema.validate(job)).isEmpty();
        ObjectNode broken = job.deepCopy();
        ((ObjectNode) broken.get("helmshift-check").get("artifacts")).put("when", "sometimes");
        assertThat(schema.validate(broken)).as("artifacts:when must be on_success, on_failure or always").isNotEmpty();
    }
}
