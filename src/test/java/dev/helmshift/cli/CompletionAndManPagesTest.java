package dev.helmshift.cli;

import dev.helmshift.testing.InProcessOnly;
import dev.helmshift.testing.TestTools;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Shell completion and man pages, both generated from the picocli model, tried with a real bash, zsh and groff. */
@QuarkusMainTest
class CompletionAndManPagesTest {

    /** Sources the script in bash and asks its completion function for each command line, as bash would on TAB. */
    private static final String BASH_DRIVER = """
            source "$1"
            complete -p helmshift
            fn=$(complete -p helmshift | sed -E 's/.* -F ([^ ]+) .*/\\1/')
            compopt() { :; }   # only meaningful inside a real completion; the replies are the same without it
            ask() {
              COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
              COMPREPLY=()
              "$fn" helmshift "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
              echo "$* -> ${COMPREPLY[*]}"
            }
            ask helmshift ch
            ask helmshift shift st
            ask helmshift check --fa
            ask helmshift completion ''
            ask helmshift analyze -o ''
            ask helmshift check a b -o ''
            ask helmshift validate a --output ''
            ask helmshift render charts-fixtures/mini-istio --go-compat L
            ask helmshift ''
            """;

    /** The command model as picocli builds it, to count what the pages and scripts must cover. */
    private static final CommandLine MODEL = new CommandLine(new HelmshiftCommand());

    private static int commandCount(CommandLine command) {
        return 1 + command.getSubcommands().values().stream().mapToInt(CompletionAndManPagesTest::commandCount).sum();
    }

    private static String names(CommandLine command) {
        return String.join(" ", command.getSubcommands().keySet());
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void theBashScriptCompletesCommandsSubcommandsOptionsAndOptionValues(QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        LaunchResult r = launcher.launch("completion", "bash");
        Path script = Files.writeString(dir.resolve("helmshift.bash"), r.getOutput() + "\n");
        Path driver = Files.writeString(dir.resolve("driver.sh"), BASH_DRIVER);

        assertThat(r.exitCode()).isZero();
        assertThat(run(List.of(TestTools.onPath("bash").toString(), driver.toString(), script.toString()), dir).lines().toList())
                .containsExactly(
                        "complete -o default -F _complete_helmshift helmshift",
                        "helmshift ch -> check",
                        "helmshift shift st -> step status",
                        "helmshift check --fa -> --fail-on",
                        "helmshift completion  -> bash zsh",
                        "helmshift analyze -o  -> table json yaml",
                        "helmshift check a b -o  -> text json sarif junit markdown",
                        "helmshift validate a --output  -> text json sarif junit",
                        "helmshift render charts-fixtures/mini-istio --go-compat L -> LEGACY",
                        "helmshift  -> " + names(MODEL));
        assertThat(names(MODEL)).as("the top commands").isEqualTo("analyze render images values validate diff check shift completion manpage");
    }

    @Test
    @InProcessOnly
    void zshLoadsTheSameScriptThroughBashcompinit(QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        Path zsh = TestTools.onPath("zsh");
        Path script = Files.writeString(dir.resolve("helmshift.zsh"), launcher.launch("completion", "zsh").getOutput() + "\n");
        Path driver = Files.writeString(dir.resolve("driver.zsh"), """
                autoload -U +X compinit && compinit -u -d "$PWD/.zcompdump"
                source "$1"
                print -r -- "registered: ${_comps[helmshift]}"
                complete() { :; }   # picocli aliases compopt to complete in zsh; outside a completion it has nothing to do
                emulate -L sh; setopt kshglob noshglob braceexpand ksharrays   # as zsh's _bash_complete runs it
                COMP_WORDS=(helmshift shift st); COMP_CWORD=2; COMP_LINE="helmshift shift st"; COMP_POINT=${#COMP_LINE}
                COMPREPLY=()
                _complete_helmshift helmshift st shift
                print -r -- "candidates: ${COMPREPLY[*]}"
                """);

        List<String> lines = run(List.of(zsh.toString(), driver.toString(), script.toString()), dir).lines().toList();

        assertThat(lines).contains("registered: _bash_complete -F _complete_helmshift -o default");
        // zsh filters the candidates by the typed prefix itself, so the function offers every shift subcommand
        assertThat(lines).contains("candidates: " + names(MODEL.getSubcommands().get("shift")));
    }

    @Test
    @InProcessOnly
    void anUnknownShellIsBadUsage(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("completion", "fish");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.getErrorOutput()).startsWith("helmshift: Invalid value for positional parameter at index 0 (SHELL):"
                + " expected one of [bash, zsh]");
    }

    @Test
    void aCommandsManPageRendersWithoutWarningsAndListsItsOptions(QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        LaunchResult r = launcher.launch("manpage", "shift", "step");
        Path page = Files.writeString(dir.resolve("helmshift-shift-step.1"), r.getOutput() + "\n");

        assertThat(r.exitCode()).isZero();
        assertThat(r.getOutput()).contains(".TH \"HELMSHIFT\\-SHIFT\\-STEP\" \"1\"", ".SH EXIT STATUS", "\\fB\\-\\-dry\\-run\\fR");
        String groff = TestTools.onPath("groff").toString();
        assertThat(run(List.of(groff, "-man", "-ww", "-z", page.toString()), dir)).as("groff warnings").isEmpty();
        String text = run(List.of(groff, "-man", "-Tascii", "-P", "-cbou", page.toString()), dir).replaceAll("\\s+", " ");
        assertThat(text).contains("NAME", "helmshift-shift-step - ", "SYNOPSIS", "helmshift shift step [-hV] [--dry-run]", "--dry-run Decide and show, but write nothing.",
                "SEE ALSO", "helmshift-shift(1)");
    }

    @Test
    @InProcessOnly
    void manDirWritesOnePagePerCommandAndEachRendersCleanly(QuarkusMainLauncher launcher, @TempDir Path dir) throws Exception {
        Path pages = dir.resolve("man1");
        LaunchResult r = launcher.launch("manpage", "--dir", pages.toString());

        int commands = commandCount(MODEL);
        assertThat(commands).as("helmshift, its commands and their subcommands").isGreaterThanOrEqualTo(22);
        assertThat(r.getOutput()).isEqualTo("wrote " + commands + " man pages to " + pages);
        List<String> names;
        try (Stream<Path> files = Files.list(pages)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("helmshift.1", "helmshift-check.1", "helmshift-values-diff.1", "helmshift-shift-demo.1",
                "helmshift-completion.1", "helmshift-manpage.1").hasSize(commands);
        String groff = TestTools.onPath("groff").toString();
        for (String name : names) {
            assertThat(run(List.of(groff, "-man", "-ww", "-z", pages.resolve(name).toString()), dir)).as(name).isEmpty();
        }
    }

    @Test
    @InProcessOnly
    void manOfAnUnknownCommandNamesTheKnownOnes(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("manpage", "shift", "nope");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.getErrorOutput()).isEqualTo("helmshift: no command 'shift nope' (known below helmshift shift: "
                + names(MODEL.getSubcommands().get("shift")).replace(" ", ", ") + ")");
    }
}
