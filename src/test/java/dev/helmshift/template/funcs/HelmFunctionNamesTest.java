package dev.helmshift.template.funcs;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * helmshift offers exactly the template functions helm v4.1.4 offers. The golden list
 * {@code golden/funcs/helm-function-names.txt} holds helm's names, as {@link #helmStillDefinesThePinnedNames}
 * probes them with the real helm (and writes to target/helm-function-names.txt; copy that over the golden list to
 * regenerate it). The candidates probed are the golden names, helmshift's names and the two Sprig names Helm removes
 * (env, expandenv): helm's parser answers {@code function "X" not defined} for a name it lacks.
 */
class HelmFunctionNamesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/funcs/helm-function-names.txt");
    /** Sprig functions Helm deletes from its map (pkg/engine/funcs.go). */
    private static final Set<String> REMOVED_BY_HELM = Set.of("env", "expandenv");

    private static Set<String> golden() throws IOException {
        return new TreeSet<>(Files.readAllLines(GOLDEN).stream().filter(l -> !l.isBlank()).toList());
    }

    private static Set<String> ours() {
        FuncMap funcs = GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        HelmFunctions.register(funcs);
        return new TreeSet<>(funcs.names());
    }

    @Test
    void helmshiftHasEveryFunctionHelmHas() throws IOException {
        Set<String> missing = new TreeSet<>(golden());
        missing.removeAll(ours());
        assertThat(missing).as("helm v4.1.4 functions helmshift lacks").isEmpty();
    }

    @Test
    void helmshiftHasNoFunctionHelmLacks() throws IOException {
        Set<String> extra = new TreeSet<>(ours());
        extra.removeAll(golden());
        assertThat(extra).as("functions helmshift has and helm v4.1.4 does not").isEmpty();
        assertThat(ours()).doesNotContainAnyElementsOf(REMOVED_BY_HELM);
    }

    @Test
    void helmStillDefinesThePinnedNames() throws Exception {
        Set<String> candidates = new TreeSet<>(golden());
        candidates.addAll(ours());
        candidates.addAll(REMOVED_BY_HELM);
        Set<String> undefined = new TreeSet<>();
        Set<String> defined = new TreeSet<>(candidates);
        Pattern notDefined = Pattern.compile("function \"([^\"]+)\" not defined");
        while (true) {
            StringBuilder template = new StringBuilder("{{ if false }}");
            defined.forEach(name -> template.append("{{ ").append(name).append(" }}"));
            HelmProbe.Result result = HelmProbe.render(template.append("{{ end }}\n").toString());
            if (result.exitCode() == 0) {
                break;
            }
            Matcher m = notDefined.matcher(result.output());
            assertThat(m.find()).as("helm failed for another reason: " + result.output()).isTrue();
            undefined.add(m.group(1));
            defined.remove(m.group(1));
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/helm-function-names.txt"), new ArrayList<>(defined));
        assertThat(defined).isEqualTo(golden());
        assertThat(undefined).isEqualTo(REMOVED_BY_HELM);
    }

    @Test
    void theGoldenListIsSortedAndUnique() throws IOException {
        List<String> lines = Files.readAllLines(GOLDEN);
        assertThat(lines).isSorted().doesNotHaveDuplicates().hasSize(239);
    }
}
