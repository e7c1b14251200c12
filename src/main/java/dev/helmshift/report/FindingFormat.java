package dev.helmshift.report;

import dev.helmshift.error.BadInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats findings can be written in ({@code -o}). */
public enum FindingFormat {
    TEXT, JSON, SARIF, JUNIT, MARKDOWN;

    /** Writes {@code report}; SARIF and JUnit name files relative to {@code root}, the repository root. */
    public String write(FindingReport report, String toolVersion, SourceRoot root) {
        return switch (this) {
            case TEXT -> TextFindings.format(report);
            case JSON -> JsonFindings.format(report);
            case SARIF -> SarifFindings.format(report, toolVersion, root);
            case JUNIT -> JunitFindings.format(report, root);
            case MARKDOWN -> MarkdownFindings.format(report);
        };
    }

    /** Whether this format names files for a code-scanning or test-report service, relative to the repository root. */
    public boolean namesRepositoryFiles() {
        return this == SARIF || this == JUNIT;
    }

    /** Parses a format name that the command allows; any other is bad input naming the allowed ones. */
    public static FindingFormat parse(String name, FindingFormat... allowed) {
        for (FindingFormat f : allowed) {
            if (f.name().equalsIgnoreCase(name)) {
                return f;
            }
        }
        String names = Arrays.stream(allowed).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
        throw new BadInputException("unknown output format '" + name + "'", "use -o " + names);
    }
}
