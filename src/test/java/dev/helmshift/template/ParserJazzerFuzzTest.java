package dev.helmshift.template;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.helmshift.template.parse.Parser;
import dev.helmshift.template.parse.Tree;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the lexer and parser with Jazzer: any input gives trees or a positioned parse
 * TemplateException, never another exception (or a StackOverflowError, which Jazzer reports as a crash).
 * Surefire sets JAZZER_FUZZ=1, so each build fuzzes for maxDuration; crashing inputs are written under
 * src/test/resources/.../ParserJazzerFuzzTestInputs and replayed from then on.
 */
class ParserJazzerFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyBytesGiveTreesOrAPositionedParseError(byte[] data) {
        String input = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        try {
            Map<String, Tree> trees = Parser.parse("fuzz.yaml", input, fn -> !fn.equals("nosuch"));
            assertThat(trees).containsKey("fuzz.yaml");
        } catch (TemplateException e) {
            assertThat(e.phase()).isEqualTo(TemplateException.Phase.PARSE);
            assertThat(e.templateName()).isEqualTo("fuzz.yaml");
            assertThat(e.line()).isBetween(1, (int) input.chars().filter(c -> c == '\n').count() + 1);
            assertThat(e.getMessage()).startsWith("template: fuzz.yaml:" + e.line() + ": ");
        }
    }
}
