package dev.helmshift.cli;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import picocli.CommandLine;

/** Wires the exit-code handlers and help settings into the picocli CommandLine that Quarkus runs. */
@ApplicationScoped
class CommandLineConfiguration {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return configure(factory.create());
    }

    /** The settings every helmshift CommandLine has, with or without Quarkus (see {@link LeanLaunch}). */
    static CommandLine configure(CommandLine commandLine) {
        ErrorHandlers handlers = new ErrorHandlers();
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(handlers)
                .setParameterExceptionHandler(handlers);
    }
}
