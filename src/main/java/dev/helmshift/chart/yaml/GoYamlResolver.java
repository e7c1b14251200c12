package dev.helmshift.chart.yaml;

import dev.helmshift.goyaml.GoYamlNumbers;
import dev.helmshift.goyaml.GoYamlWords;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.regex.Pattern;

/**
 * Tags plain scalars the way Helm's YAML library (go-yaml v2) does, which is YAML 1.1 with its own twists:
 * {@code y/n/yes/no/on/off/true/false} in three spellings are booleans, {@code ~/null/empty} is null, numbers may carry
 * underscores, 0x/0o/0b prefixes and a leading 0 for octal, base-60 numbers are strings, and a bare date is a timestamp.
 * Quoted scalars and explicitly tagged ones keep their tag, as in SnakeYAML.
 */
final class GoYamlResolver extends Resolver {
    private static final Pattern YAML_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}");

    GoYamlResolver() {
        super();
    }

    @Override
    protected void addImplicitResolvers() {
        // Resolution is done in resolve(); SnakeYAML's own YAML 1.1 patterns differ from go-yaml's.
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit) {
            return super.resolve(kind, value, implicit);
        }
        return tagOf(value);
    }

    /** The go-yaml v2 tag of a plain scalar. */
    static Tag tagOf(String in) {
        if (GoYamlWords.isBool(in)) {
            return Tag.BOOL;
        }
        if (GoYamlWords.isNull(in)) {
            return Tag.NULL;
        }
        if (GoYamlWords.isSpecialFloat(in)) {
            return Tag.FLOAT;
        }
        if (in.equals("<<")) {
            return Tag.MERGE;
        }
        char first = in.charAt(0);
        if (first == '.') {
            return parseGoFloat(in) != null ? Tag.FLOAT : Tag.STR;
        }
        if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
            if (DATE.matcher(in).matches()) {
                return Tag.TIMESTAMP;
            }
            return number(in) != null ? Tag.FLOAT : Tag.STR;
        }
        return Tag.STR;
    }

    /**
     * The value of a plain scalar go-yaml reads as a number, as the float64 Helm ends up with (YAML → JSON → float64),
     * or null when it is not a number.
     */
    static Double number(String in) {
        return GoYamlNumbers.asFloat64(in);
    }

    private static Double parseGoFloat(String s) {
        Double special = GoYamlWords.specialFloat(s);
        if (special != null) {
            return special;
        }
        if (!YAML_FLOAT.matcher(s).matches()) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
