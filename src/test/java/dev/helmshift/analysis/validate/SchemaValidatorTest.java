package dev.helmshift.analysis.validate;

import dev.helmshift.error.BadInputException;
import dev.helmshift.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaValidatorTest {

    private static String schema(String dialect) {
        return """
                {"$schema": "%s",
                 "type": "object",
                 "properties": {
                   "global": {"type": "object", "properties": {
                     "mtls": {"type": "object", "properties": {"enabled": {"type": "boolean"}}},
                     "tag": {"type": "string", "minLength": 1}}}},
                 "required": ["global"]}
                """.formatted(dialect);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://json-schema.org/draft-07/schema#", "https://json-schema.org/draft/2019-09/schema",
            "https://json-schema.org/draft/2020-12/schema"})
    void reportsAWrongTypeAtTheUsersFileAndLineInEveryDraft(String dialect) {
        LocatedValues user = LocatedValues.parse("my.yaml", "global:\n  mtls:\n    enabled: \"yes\"\n");

        List<Finding> findings = SchemaValidator.validate("values.schema.json", schema(dialect), user.values(), user);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("schema-violation");
            assertThat(f.location().fileAndLine()).isEqualTo("my.yaml:3");
            assertThat(f.location().path()).isEqualTo("global.mtls.enabled");
            assertThat(f.message()).contains("string").contains("boolean");
        });
    }

    @Test
    void reportsAMissingRequiredKeyByPath() {
        LocatedValues user = LocatedValues.parse("my.yaml", "pilot: {}\n");

        List<Finding> findings = SchemaValidator.validate("values.schema.json",
                schema("http://json-schema.org/draft-07/schema#"), user.values(), user);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().path()).isEqualTo("global");
            assertThat(f.location().file()).isEqualTo("values.schema.json");
        });
    }

    @Test
    void anUnreadableSchemaIsBadInput() {
        assertThatThrownBy(() -> SchemaValidator.validate("values.schema.json", "{not json", java.util.Map.of(), List.of()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("values.schema.json: not a usable JSON schema");
    }
}
