package dev.helmshift.template.exec;

/**
 * The Go parameter types a template function may declare. The executor checks and converts arguments as Go's
 * text/template does ({@code wrong type for value; expected string; got float64}) before calling the function.
 */
public enum GoType implements ParamType {
    /** {@code interface {}}: any value, including nil (Java null). */
    ANY("interface {}"),
    /** {@code string}: a Java String. */
    STRING("string"),
    /** {@code bool}: a Java Boolean. */
    BOOL("bool"),
    /** {@code int}: a Java Integer (an integer literal converts; a Long or Double value does not). */
    INT("int"),
    /** {@code int64}: a Java Long (an integer literal converts). */
    INT64("int64"),
    /** {@code float64}: a Java Double (a number literal converts). */
    FLOAT64("float64"),
    /**
     * {@code uint32}: only an unsigned integer literal converts (to a Java Long, truncated to 32 bits as Go's
     * {@code SetUint} does); no value of the value model is a uint32.
     */
    UINT32("uint32"),
    /** {@code []interface {}}: a java.util.List. */
    LIST("[]interface {}"),
    /** {@code map[string]interface {}}: a java.util.Map. */
    MAP("map[string]interface {}");

    private final String goName;

    GoType(String goName) {
        this.goName = goName;
    }

    @Override
    public String goName() {
        return goName;
    }
}
