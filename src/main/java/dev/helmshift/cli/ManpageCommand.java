package dev.helmshift.cli;

import dev.helmshift.error.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code helmshift manpage [COMMAND...]} prints a man page; {@code helmshift manpage --dir DIR} writes every page into DIR. */
@Command(name = "manpage", mixinStandardHelpOptions = true,
        description = {"Print the man page of a command, or write the pages of every command into a folder.",
                "Read one: helmshift manpage shift step | man -l -",
                "Install all: helmshift manpage --dir ~/.local/share/man/man1 (then: man helmshift-check)"})
public class ManpageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "COMMAND",
            description = "the command whose page to print, e.g. check or shift step (default: helmshift)")
    List<String> command = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR", description = "write every page as DIR/helmshift-COMMAND.1 instead of printing one")
    Path dir;

    @Override
    public Integer call() {
        CommandSpec root = spec.root();
        if (dir != null) {
            if (!command.isEmpty()) {
                throw new BadInputException("manpage --dir writes every page; it takes no COMMAND", "drop " + String.join(" ", command));
            }
            Map<String, CommandSpec> pages = ManPages.all(root);
            write(pages);
            Outputs.print(spec.commandLine(), "wrote " + pages.size() + " man pages to " + dir + "\n");
            return 0;
        }
        Outputs.print(spec.commandLine(), ManPages.page(find(root), Outputs.VERSION));
        return 0;
    }

    private CommandSpec find(CommandSpec root) {
        CommandSpec current = root;
        for (String name : command) {
            CommandLine sub = current.subcommands().get(name);
            if (sub == null) {
                throw new BadInputException("no command '" + String.join(" ", command) + "'",
                        "known below " + current.qualifiedName() + ": " + String.join(", ", current.subcommands().keySet()));
            }
            current = sub.getCommandSpec();
        }
        return current;
    }

    private void write(Map<String, CommandSpec> pages) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, CommandSpec> page : pages.entrySet()) {
                Files.writeString(dir.resolve(page.getKey() + ".1"), ManPages.page(page.getValue(), Outputs.VERSION));
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write man pages to " + dir + ": " + e.getMessage(),
                    "give a folder you can write to");
        }
    }
}
