package dev.helmshift.template;

import dev.helmshift.template.parse.Parser;
import dev.helmshift.template.parse.Tree;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every template of the Istio corpus parses, and its tree prints back to text that parses to the same tree. */
class CorpusParseTest {

    private static List<Path> templates(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getParent().getFileName().toString().equals("templates"))
                    .sorted().toList();
        }
    }

    @Test
    void everyCorpusTemplateParsesAndPrintsBackStably() throws IOException {
        Path corpus = TestTools.shared().resolve("corpus");
        List<Path> files = templates(corpus);
        assertThat(files).hasSizeGreaterThan(100);
        Set<String> defines = new TreeSet<>();
        for (Path file : files) {
            String name = corpus.relativize(file).toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Tree> trees = Parser.parse(name, text, fn -> true);
            assertThat(trees).containsKey(name);
            for (Tree tree : trees.values()) {
                if (!tree.name().equals(name)) {
                    defines.add(tree.name());
                }
                String printed = tree.root().toString();
                Map<String, Tree> again = Parser.parse("again", printed, fn -> true);
                assertThat(again.get("again").root().toString()).as(name + " / " + tree.name()).isEqualTo(printed);
            }
        }
        assertThat(defines).contains("istio.name", "istio.fullname", "istio.chart");
    }
}
