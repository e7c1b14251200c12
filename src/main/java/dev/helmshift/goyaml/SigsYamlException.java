package dev.helmshift.goyaml;

/**
 * A document sigs.k8s.io/yaml cannot turn into JSON. The message is Helm's text after the file name, e.g.
 * {@code error converting YAML to JSON: yaml: line 2: found character that cannot start any token}; {@link #line()}
 * and {@link #column()} say where the problem really is (1-based, 0 when unknown), since go-yaml's own line numbers
 * are sometimes one short.
 */
public final class SigsYamlException extends RuntimeException {
    private final int line;
    private final int column;

    public SigsYamlException(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
