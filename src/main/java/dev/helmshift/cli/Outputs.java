package dev.helmshift.cli;

import dev.helmshift.report.FindingFormat;
import dev.helmshift.report.FindingReport;
import dev.helmshift.report.Severity;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Printing helpers for the analysis commands: only cli prints. */
final class Outputs {
    static final String VERSION = "0.1.0";

    private Outputs() {
    }

    static void print(CommandLine cmd, String text) {
        PrintWriter out = cmd.getOut();
        out.print(text);
        out.flush();
    }

    /** Prints a findings report and returns the exit code of the CLI contract (1 at or above --fail-on). */
    static int printFindings(CommandLine cmd, FindingReport report, FindingFormat format, Severity failOn) {
        print(cmd, format.write(report, VERSION));
        return report.failsAt(failOn) ? 1 : 0;
    }
}
