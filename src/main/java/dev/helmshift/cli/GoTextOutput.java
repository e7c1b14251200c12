package dev.helmshift.cli;

import dev.helmshift.gobytes.GoBytes;
import picocli.CommandLine;

/**
 * Prints text that templates made as the bytes Go holds ({@link GoBytes}): UTF-8 whatever the locale, and a byte
 * that is not UTF-8 (a binary file's content, a Latin-1 template) as itself, as {@code helm template} writes it.
 * picocli's writer would encode with the platform charset and turn such bytes into '?'.
 */
final class GoTextOutput {
    private GoTextOutput() {
    }

    static void print(CommandLine cmd, String goText) {
        cmd.getOut().flush();
        System.out.writeBytes(GoBytes.encode(goText));
        System.out.flush();
    }
}
