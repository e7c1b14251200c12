package dev.helmshift.cli;

import dev.helmshift.report.FindingFormat;
import dev.helmshift.report.FindingReport;
import dev.helmshift.report.Severity;
import dev.helmshift.report.SourceRoot;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;

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

    /**
     * Prints a findings report and returns the exit code of the CLI contract (1 at or above --fail-on). The
     * repository root is looked up only for the formats that name repository files.
     */
    static int printFindings(CommandLine cmd, FindingReport report, FindingFormat format, Severity failOn,
                             RepoRootFlag repoRoot) {
        SourceRoot root = format.namesRepositoryFiles() ? repoRoot.sourceRoot() : SourceRoot.at(Path.of(""));
        print(cmd, format.write(report, VERSION, root));
        return report.failsAt(failOn) ? 1 : 0;
    }
}
