package dev.helmshift.analysis.validate;

import dev.helmshift.error.BadInputException;

/** A values file that cannot be read: missing, malformed YAML, or not a mapping. Exit 2 with file:line. */
public class ValuesFileException extends BadInputException {
    private final String file;
    private final int line;

    public ValuesFileException(String file, int line, String problem, String hint) {
        super((line > 0 ? file + ":" + line : file) + ": " + problem, hint);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
