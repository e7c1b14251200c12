package dev.helmshift.template.funcs;

import dev.helmshift.template.builtin.GoBuiltins;
import dev.helmshift.template.exec.FuncMap;
import dev.helmshift.template.funcs.helm.HelmFunctions;
import dev.helmshift.template.funcs.sprig.SprigFunctions;
import dev.helmshift.template.parse.Parser;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every function the Istio corpus calls is one we provide (Go builtins, Sprig or Helm). */
class CorpusFunctionsTest {

    /**
     * What the parser asks for in ../shared/corpus (istio 1.0.4, 1.4.6 and 1.24.6); README "Template functions" lists
     * these as used by the corpus.
     */
    static final Set<String> CORPUS_FUNCTIONS = new TreeSet<>(List.of(
            "and", "b64enc", "base", "cat", "coalesce", "contains", "deepCopy", "default", "dict", "dir", "eq",
            "ext", "fail", "fromYaml", "gt", "has", "hasKey", "include", "indent", "index", "int", "len", "list",
            "merge", "mergeOverwrite", "mustMergeOverwrite", "ne", "nindent", "not", "or", "pick", "print", "printf",
            "quote", "regexMatch", "repeat", "replace", "semver", "semverCompare", "set", "sha256sum", "split",
            "splitList", "ternary", "title", "toJson", "toPrettyJson", "toString", "toYaml", "tpl", "trim",
            "trimPrefix", "trimSuffix", "trunc", "unset"));

    @Test
    void everyFunctionTheCorpusCallsIsRegistered() throws IOException {
        Path corpus = TestTools.shared().resolve("corpus");
        Set<String> used = new TreeSet<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(corpus)) {
            templates = files.filter(Files::isRegularFile)
                    .filter(p -> corpus.relativize(p).toString().contains("/templates/"))
                    .toList();
        }
        assertThat(templates).hasSizeGreaterThan(100);
        for (Path template : templates) {
            // Go's parser also asks for "break" and "continue" to decide whether they are keywords; in Helm they are.
            Parser.parse(corpus.relativize(template).toString(), Files.readString(template), name -> {
                if (name.equals("break") || name.equals("continue")) {
                    return false;
                }
                used.add(name);
                return true;
            });
        }
        FuncMap funcs = GoBuiltins.funcMap();
        SprigFunctions.register(funcs);
        HelmFunctions.register(funcs);

        assertThat(used).isEqualTo(CORPUS_FUNCTIONS);
        assertThat(funcs.names()).containsAll(used);
    }
}
