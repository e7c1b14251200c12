package dev.helmshift.template;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.ExecOptions;
import dev.helmshift.template.exec.TemplateSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Each golden case renders exactly as helm v4.1.4 rendered it: the same output (after Helm strips
 * {@code <no value>}), or the same error text, position included.
 */
class GoTemplateGoldenTest {

    static List<GoldenCases.Case> cases() {
        return GoldenCases.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersLikeHelm(GoldenCases.Case c) {
        String actual;
        try {
            TemplateSet set = TemplateSet.create(GoBuiltins.funcMap());
            set.parse(GoldenCases.TEMPLATE_NAME, c.template());
            actual = set.execute(GoldenCases.TEMPLATE_NAME, Map.of("Values", c.values()), ExecOptions.helm())
                    .output().replace("<no value>", "");
        } catch (TemplateException e) {
            if (!c.isError()) {
                fail("expected output but failed: " + e.getMessage(), e);
            }
            assertThat(GoldenCases.helmErrorText(e)).isEqualTo(c.expected());
            return;
        }
        if (c.isError()) {
            fail("expected the error\n" + c.expected() + "\nbut rendered\n" + actual);
        }
        assertThat(actual).isEqualTo(c.expected());
    }
}
