package dev.helmshift.docs;

import dev.helmshift.cli.HelmshiftCommand;
import dev.helmshift.shift.demo.DemoCluster;
import dev.helmshift.testing.TestKubeconfig;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The pages cannot drift from the build: every example in README.md and docs/*.md is checked here, as DocPages
 * describes (console blocks are run, excerpts compared with their files, helmshift lines of bash blocks parsed).
 * A new example needs no change here: write it in one of those forms.
 */
@QuarkusMainTest
class DocExamplesTest {
    /** Log lines of the in-process run (stderr in a real run, with a time stamp); the pages show what a user reads. */
    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d(,\\d+)? (TRACE|DEBUG|INFO|WARN|WARNING|ERROR|SEVERE) .*");
    private static final Pattern EXIT = Pattern.compile("exit (\\d)\\b.*");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final String MAIN_JOB = "./mvnw -B -q package -DskipTests && java -jar target/quarkus-app/quarkus-run.jar"
            + " analyze charts-fixtures/mini-istio --all-profiles";
    private static final String TEST_COMMAND = "./mvnw -B verify";

    static Stream<DocPages.Block> consoleBlocks() {
        return DocPages.blocks().stream().filter(b -> b.language().equals("console") && !b.directive().equals("from"));
    }

    static Stream<DocPages.Block> excerpts() {
        return DocPages.blocks().stream().filter(b -> b.directive().equals("from"));
    }

    static Stream<DocPages.Block> shellBlocks() {
        return DocPages.blocks().stream().filter(b -> Set.of("bash", "sh", "shell").contains(b.language()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consoleBlocks")
    void eachConsoleExamplePrintsWhatThePageShows(DocPages.Block block, QuarkusMainLauncher launcher) {
        DemoCluster cluster = null;
        if (block.directive().equals("cluster")) {
            assertThat(block.argument()).as(block.where() + ": the only cluster is the demo's").isEqualTo("demo");
            cluster = DemoCluster.start();
            TestKubeconfig.pointAt(cluster.masterUrl());
        }
        try {
            List<String> lines = block.lines();
            assertThat(lines).as(block.where() + ": a console block starts with a $ command").isNotEmpty();
            assertThat(lines.get(0)).as(block.where()).startsWith("$ ");
            int i = 0;
            while (i < lines.size()) {
                String command = lines.get(i).substring(2);
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("$ ")) {
                    end++;
                }
                run(block, i, command, lines.subList(i + 1, end), launcher);
                i = end;
            }
        } finally {
            if (cluster != null) {
                cluster.close();
                TestKubeconfig.clear();
            }
        }
    }

    private static void run(DocPages.Block block, int index, String command, List<String> expected, QuarkusMainLauncher launcher) {
        String where = block.page() + ":" + (block.line() + 1 + index);
        DocPages.ShellLine line = DocPages.shellLine(command);
        assertThat(line.words()).as(where + ": console examples run helmshift itself; show other tools in a bash block")
                .isNotEmpty().first().isEqualTo("helmshift");
        Matcher exit = EXIT.matcher(line.comment());
        int expectedExit = exit.matches() ? Integer.parseInt(exit.group(1)) : 0;
        LaunchResult result = launcher.launch(line.words().subList(1, line.words().size()).toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        Stream.of(result.getOutput(), result.getErrorOutput()).filter(s -> !s.isEmpty())
                .flatMap(String::lines).filter(l -> !LOG_LINE.matcher(l).matches()).forEach(actual::add);

        assertThat(result.exitCode()).as(where + ": exit code of " + command + "\n" + String.join("\n", actual)).isEqualTo(expectedExit);
        if (!LooseText.matches(expected, actual)) {
            fail(where + ": " + command + " prints something else than the page shows.\n--- page:\n"
                    + String.join("\n", expected) + "\n--- helmshift:\n" + String.join("\n", actual));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void eachExcerptIsTakenFromItsFile(DocPages.Block block) {
        Path file = Path.of(block.argument());
        assertThat(file).as(block.where()).isRegularFile();
        List<String> content = DocPages.read(file);

        if (!LooseText.matches(block.lines(), content)) {
            fail(block.where() + ": the excerpt differs from " + file + "\n--- page:\n" + String.join("\n", block.lines())
                    + "\n--- file:\n" + String.join("\n", content));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shellBlocks")
    void everyHelmshiftCommandLineInShellBlocksParses(DocPages.Block block) {
        for (int i = 0; i < block.lines().size(); i++) {
            for (List<String> args : helmshiftCommands(block.lines().get(i))) {
                String where = block.page() + ":" + (block.line() + 1 + i);
                CommandLine cli = new CommandLine(new HelmshiftCommand()).setCaseInsensitiveEnumValuesAllowed(true);
                try {
                    cli.parseArgs(args.toArray(String[]::new));
                } catch (CommandLine.ParameterException e) {
                    fail(where + ": helmshift " + String.join(" ", args) + " does not parse: " + e.getMessage());
                }
            }
        }
    }

    /** The helmshift invocations of a shell line: after `helmshift`, `bin/helmshift` or `java -jar ...quarkus-run.jar`. */
    static List<List<String>> helmshiftCommands(String text) {
        List<List<String>> commands = new ArrayList<>();
        String line = text.startsWith("$ ") ? text.substring(2) : text;
        line = line.replaceAll("<\\(([^)]*)\\)", " ; $1 ; ");   // source <(helmshift completion bash)
        for (String part : line.split("\\s(?:&&|\\|\\||\\||;|&)\\s|^;\\s|\\s[;&]$")) {
            List<String> words = DocPages.shellLine(part.strip()).words();
            int start = 0;
            while (start < words.size() && words.get(start).matches("[A-Z_][A-Z0-9_]*=.*")) {
                start++;   // VAR=value before the command
            }
            if (start >= words.size()) {
                continue;
            }
            int end = start;
            while (end < words.size() && !words.get(end).matches("\\d?[<>].*")) {
                end++;   // a redirection ends the arguments
            }
            List<String> command = words.subList(start, end);
            String program = command.get(0);
            int jar = command.indexOf("-jar");
            if (program.equals("helmshift") || program.endsWith("bin/helmshift")) {
                commands.add(command.subList(1, command.size()));
            } else if (program.equals("java") && jar >= 0 && jar + 1 < command.size()
                    && command.get(jar + 1).endsWith("quarkus-run.jar")) {
                commands.add(command.subList(jar + 2, command.size()));
            }
        }
        return commands;
    }

    @Test
    void theReadmeIsAShortFrontDoorWithTheTwoNewcomerCommands() {
        List<String> readme = DocPages.read(Path.of("README.md"));
        List<String> shellLines = DocPages.blocks(Path.of("README.md"), readme).stream()
                .filter(b -> b.language().equals("bash")).flatMap(b -> b.lines().stream()).toList();

        assertThat(readme.size()).as("README.md lines").isLessThanOrEqualTo(200);
        assertThat(shellLines).as("the main job on the bundled chart, and the tests").contains(MAIN_JOB, TEST_COMMAND);
        List<String> ci = DocPages.read(Path.of(".ci/run")).stream().filter(l -> l.startsWith("./mvnw")).toList();
        assertThat(ci).as(".ci/run runs exactly the README's test command").containsExactly(TEST_COMMAND);
        for (String page : List.of("docs/analyzer.md", "docs/check-in-ci.md", "docs/controller.md", "docs/install.md",
                "docs/json-contracts.md")) {
            assertThat(String.join("\n", readme)).as("the README links " + page).contains("](" + page);
        }
    }

    @Test
    void everyLinkBetweenThePagesLeadsToAFileAndHeading() {
        List<String> broken = new ArrayList<>();
        for (Path page : DocPages.pages()) {
            List<String> lines = DocPages.read(page);
            boolean inFence = false;
            for (int i = 0; i < lines.size(); i++) {
                inFence ^= lines.get(i).startsWith("```");
                Matcher m = LINK.matcher(lines.get(i));
                while (!inFence && m.find()) {
                    String target = m.group(1);
                    if (target.matches("[a-z]+:.*")) {
                        continue;   // http(s), mailto: outside the repository
                    }
                    String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
                    Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
                    if (!Files.exists(resolved)) {
                        broken.add(page + ":" + (i + 1) + ": " + target + " (no such file)");
                    } else if (!anchor.isEmpty() && !anchors(resolved).contains(anchor)) {
                        broken.add(page + ":" + (i + 1) + ": " + target + " (no such heading; there are " + anchors(resolved) + ")");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped except '-' and '_', spaces become '-'. */
    static Set<String> anchors(Path page) {
        if (!page.toString().endsWith(".md")) {
            return Set.of();
        }
        Set<String> anchors = new TreeSet<>();
        boolean inFence = false;
        for (String line : DocPages.read(page)) {
            inFence ^= line.startsWith("```");
            if (!inFence && line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
        }
        return anchors;
    }

    @Test
    void helmshiftCommandsAreFoundInShellLines() {
        assertThat(helmshiftCommands("./mvnw -B -q package -DskipTests && java -jar target/quarkus-app/quarkus-run.jar analyze c --all-profiles"))
                .containsExactly(List.of("analyze", "c", "--all-profiles"));
        assertThat(helmshiftCommands("source <(helmshift completion bash)")).containsExactly(List.of("completion", "bash"));
        assertThat(helmshiftCommands("HELMSHIFT_CACHE=off bin/helmshift check a b -o sarif > x.sarif # gate"))
                .containsExactly(List.of("check", "a", "b", "-o", "sarif"));
        assertThat(helmshiftCommands("helm install helmshift deploy/chart")).isEmpty();
        assertThat(helmshiftCommands("helmshift shift demo --serve /tmp/hs &")).containsExactly(List.of("shift", "demo", "--serve", "/tmp/hs"));
        assertThat(LooseText.matches(List.of("a", "…", "d …"), List.of("a", "b", "c", "d e"))).isTrue();
        assertThat(LooseText.matches(List.of("a", "…"), List.of("a"))).isTrue();
        assertThat(LooseText.matches(List.of("a", "c"), List.of("a", "b", "c"))).isFalse();
        assertThat(DocPages.shellLine("helmshift check a b -o junit   # exit 1").comment()).isEqualTo("exit 1");
        assertThat(DocPages.shellLine("helmshift x --set 'a=b c' \"d\\\"e\"").words()).containsExactly("helmshift", "x", "--set", "a=b c", "d\"e");
    }
}
