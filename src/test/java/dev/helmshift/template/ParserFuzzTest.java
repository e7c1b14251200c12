package dev.helmshift.template;

import dev.helmshift.template.parse.Parser;
import dev.helmshift.template.parse.Tree;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded random-input fuzz test of the lexer and parser: every input gives trees or a positioned
 * TemplateException, never another exception. A fixed-seed generator over the template vocabulary plus random
 * characters, bounded in time: it reaches deep keyword combinations quickly, while {@link ParserJazzerFuzzTest}
 * explores by coverage.
 */
class ParserFuzzTest {
    private static final String[] VOCABULARY = {
        "{{", "}}", "{{-", "-}}", "{{- ", " -}}", "{{/*", "*/}}", "/*", "*/", " ", "\n", "\t", "(", ")", "|", ":=", "=",
        ",", ".", "$", "$x", "$y", ".a", ".b.c", "\"s\"", "\"\\n\"", "\"\\x\"", "`raw`", "'c'", "'\\''", "1", "-2",
        "0x1F", "1e3", "1_000", "0b1", "0o7", "1.5", "3x", "1+2i", "nil", "true", "false", "if", "else", "end",
        "range", "with", "define", "template", "block", "break", "continue", "and", "or", "not", "printf", "len",
        "index", "else if", "else with", "\"name\"", "é", "\u0000", "}", "{", "%", "\"", "`", "'", "\\",
    };

    @Test
    void anyInputGivesTreesOrAPositionedTemplateException() {
        Random random = new Random(20261126L);
        long deadline = System.nanoTime() + 3_000_000_000L;
        int inputs = 0;
        int parsed = 0;
        while (System.nanoTime() < deadline && inputs < 200_000) {
            String input = randomTemplate(random);
            inputs++;
            try {
                Map<String, Tree> trees = Parser.parse("fuzz.yaml", input, fn -> !fn.equals("nosuch"));
                assertThat(trees).containsKey("fuzz.yaml");
                parsed++;
            } catch (TemplateException e) {
                assertThat(e.phase()).isEqualTo(TemplateException.Phase.PARSE);
                assertThat(e.templateName()).isEqualTo("fuzz.yaml");
                assertThat(e.line()).as(input).isBetween(1, (int) input.chars().filter(c -> c == '\n').count() + 1);
                assertThat(e.getMessage()).startsWith("template: fuzz.yaml:" + e.line() + ": ");
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("input " + escape(input) + " crashed the parser", e);
            }
        }
        assertThat(inputs).isGreaterThan(1000);
        assertThat(parsed).isGreaterThan(0).isLessThan(inputs);
    }

    private static String randomTemplate(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(24);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(10) == 0) {
                b.append((char) random.nextInt(128));
            } else {
                b.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            }
        }
        return b.toString();
    }

    private static String escape(String s) {
        return dev.helmshift.template.GoStrings.quote(s);
    }
}
