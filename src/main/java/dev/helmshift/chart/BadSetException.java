package dev.helmshift.chart;

/** A --set expression Helm's strvals parser would refuse. */
public final class BadSetException extends ChartException {
    private final String expression;

    public BadSetException(String expression, String problem) {
        super("bad --set '" + expression + "': " + problem,
                "use KEY=VALUE with dots for nesting, [i] for list items, {a,b} for lists and \\ to escape . , = [");
        this.expression = expression;
    }

    public String expression() {
        return expression;
    }
}
