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
        ErrorHandlers handlers = new ErrorHandlers();
        return factory.create()
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(handlers)
                .setParameterExceptionHandler(handlers);
    }
}
