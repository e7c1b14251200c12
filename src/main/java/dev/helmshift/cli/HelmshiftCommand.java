package dev.helmshift.cli;

import dev.helmshift.cli.shift.ShiftCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = HelmshiftCommand.NAME, mixinStandardHelpOptions = true, version = HelmshiftCommand.VERSION,
        description = "Istio Helm chart analyzer and traffic-shift controller.",
        subcommands = {AnalyzeCommand.class, RenderCommand.class, ImagesCommand.class, ValuesCommand.class,
                ValidateCommand.class, DiffCommand.class, CheckCommand.class, ShiftCommand.class,
                CompletionCommand.class, ManpageCommand.class})
public class HelmshiftCommand {
    static final String NAME = "helmshift";
    static final String VERSION = "helmshift 0.1.0";
}
