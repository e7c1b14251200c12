package dev.helmshift.cli;

import dev.helmshift.report.FindingFormat;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The {@code -o} values of the findings commands, for shell completion (picocli's completionCandidates). The
 * options stay strings so that an unknown format is reported by {@link FindingFormat#parse} with the allowed list.
 */
final class FindingFormatNames {
    private FindingFormatNames() {
    }

    private static Iterator<String> names(FindingFormat... formats) {
        return Arrays.stream(formats).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
    }

    /** check: every format. */
    static final class Check implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names(FindingFormat.values());
        }
    }

    /** validate: every format but Markdown, which is meant for an upgrade's pull-request comment. */
    static final class Validate implements Iterable<String> {
        static final FindingFormat[] FORMATS = {FindingFormat.TEXT, FindingFormat.JSON, FindingFormat.SARIF, FindingFormat.JUNIT};

        @Override
        public Iterator<String> iterator() {
            return names(FORMATS);
        }
    }
}
