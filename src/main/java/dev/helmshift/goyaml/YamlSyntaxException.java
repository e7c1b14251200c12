package dev.helmshift.goyaml;

/**
 * YAML that go-yaml v2 refuses. {@link #getMessage()} is go-yaml's own text ({@code yaml: line 3: found character
 * that cannot start any token}), line quirks included: go-yaml names a scanner error by the 1-based line of the
 * problem, a parser error by the 0-based line of its mark, and says no line at all when that number is 0.
 * {@link #line()} and {@link #column()} are where the problem really is (1-based, 0 when unknown), for users.
 */
public final class YamlSyntaxException extends RuntimeException {
    private final int line;
    private final int column;

    private YamlSyntaxException(String goText, int line, int column) {
        super(goText, null, false, false);
        this.line = line;
        this.column = column;
    }

    /** A scanner error: go-yaml prints the problem's 1-based line, if it is not the first. */
    static YamlSyntaxException scanner(String problem, Mark problemMark, Mark contextMark) {
        int goLine = problemMark.line() != 0 ? problemMark.line() + 1 : contextMark != null ? contextMark.line() : 0;
        return new YamlSyntaxException(framed(goLine, problem), problemMark.line() + 1, problemMark.column() + 1);
    }

    /** A parser error: go-yaml prints the problem mark's 0-based line, else the context mark's. */
    static YamlSyntaxException parser(String problem, Mark problemMark, Mark contextMark) {
        int goLine = problemMark.line() != 0 ? problemMark.line() : contextMark != null ? contextMark.line() : 0;
        return new YamlSyntaxException(framed(goLine, problem), problemMark.line() + 1, problemMark.column() + 1);
    }

    /** A reader error (bad encoding or a control character): go-yaml gives no line; {@code line} is for users. */
    static YamlSyntaxException reader(String problem, int line) {
        return new YamlSyntaxException("yaml: " + problem, line, 0);
    }

    /** An error of go-yaml's decoder ({@code failf}): its text as is, with where it happened for users. */
    static YamlSyntaxException decoder(String text, int line, int column) {
        return new YamlSyntaxException("yaml: " + text, line, column);
    }

    private static String framed(int goLine, String problem) {
        return "yaml: " + (goLine != 0 ? "line " + goLine + ": " : "") + problem;
    }

    /** The 1-based line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int column() {
        return column;
    }
}
