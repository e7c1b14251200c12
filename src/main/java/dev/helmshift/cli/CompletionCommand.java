package dev.helmshift.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code helmshift completion bash|zsh}: a completion script generated from the picocli model of every command,
 * so it completes exactly the commands, options and enum values this build has. One script serves both shells:
 * picocli's script loads zsh's bashcompinit when zsh sources it.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script for helmshift's commands, options and option values.",
                "bash: source <(helmshift completion bash)    (or save it in ~/.local/share/bash-completion/completions/helmshift)",
                "zsh:  source <(helmshift completion zsh)     (compinit must have run, as it has with oh-my-zsh)",
                "The script completes the command name 'helmshift'; with the jar, define that name first, e.g. an alias."})
public class CompletionCommand implements Callable<Integer> {
    /** The shells the script supports. */
    public enum Shell {
        bash, zsh
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        Outputs.print(spec.commandLine(), script);
        return 0;
    }
}
