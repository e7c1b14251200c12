package dev.helmshift.template.funcs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helmshift.template.exec.FuncMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The function cases of {@link FunctionCases} against helm v4.1.4.
 *
 * <p>The golden file {@code golden/funcs/helm-function-cases.json} holds, per case, what helm printed for
 * {@code {{ printf "%v" (EXPRESSION) }}} in the probe chart of {@link HelmProbe} (recorded by
 * {@link #helmStillPrintsThePinnedOutput}, which writes helm's answers to target/helm-function-cases.json).
 * Our side is checked against the file always; helm is checked against it when it is installed.
 */
class FunctionCasesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/funcs/helm-function-cases.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @SuppressWarnings("unchecked")
    private static Map<String, String> golden() throws IOException {
        return JSON.readValue(GOLDEN.toFile(), Map.class);
    }

    @Test
    void everyFunctionCasePrintsWhatHelmPrints() throws IOException {
        Map<String, String> golden = golden();
        FuncMap funcs = FunctionCases.funcs();
        Map<String, String> ours = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (FunctionCases.Case c : FunctionCases.all()) {
            assertThat(golden).as("golden entry for " + c.id()).containsKey(c.id());
            ours.put(c.id(), FunctionCases.run(funcs, c));
            expected.put(c.id(), golden.get(c.id()));
        }
        assertThat(ours).isEqualTo(expected);
    }

    @Test
    void helmStillPrintsThePinnedOutput() throws Exception {
        StringBuilder template = new StringBuilder();
        List<FunctionCases.Case> cases = FunctionCases.all();
        for (FunctionCases.Case c : cases) {
            template.append("k_").append(c.id()).append(": {{ printf \"%v\" (").append(c.expression())
                    .append(") | b64enc }}\n");
        }
        HelmProbe.Result result = HelmProbe.render(template.toString());
        String output = result.output();
        assertThat(result.exitCode()).as(output).isZero();

        Map<String, String> helmSays = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("k_")) {
                int colon = line.indexOf(": ");
                String encoded = line.substring(colon + 2).trim();
                helmSays.put(line.substring(2, colon),
                        new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(Path.of("target"));
        JSON.writeValue(Path.of("target/helm-function-cases.json").toFile(), helmSays);
        assertThat(helmSays).hasSize(cases.size());
        assertThat(helmSays).isEqualTo(new TreeMap<>(golden()));
    }
}
