package dev.helmshift.cli;

import dev.helmshift.error.ExitCode;
import dev.helmshift.error.HelmshiftException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * The one place where exceptions become exit codes. Users see one line on stderr, never a stack trace,
 * except for internal errors (exit 4) where the trace is what a bug report needs.
 */
final class ErrorHandlers implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("helmshift: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCode.BAD_INPUT.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof HelmshiftException known) {
            err.println("helmshift: " + known.userLine());
            err.flush();
            return known.exitCode().code();
        }
        err.println("helmshift: internal error: " + ex + " (this is a bug; please report it with the trace below)");
        ex.printStackTrace(err);
        err.flush();
        return ExitCode.INTERNAL.code();
    }
}
