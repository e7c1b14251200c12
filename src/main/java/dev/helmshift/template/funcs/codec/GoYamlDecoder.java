package dev.helmshift.template.funcs.codec;

import dev.helmshift.goyaml.GoTarget;
import dev.helmshift.goyaml.SigsYaml;
import dev.helmshift.goyaml.SigsYamlException;

/**
 * Helm's YAML reading for {@code fromYaml}/{@code fromYamlArray} (sigs.k8s.io/yaml): the first document is read with
 * go-yaml v2's rules ({@code yes}/{@code y}/{@code on} are booleans, {@code 017} is octal, timestamps stay strings),
 * converted to JSON, and decoded again, so every number becomes a float64 (Double) and every key a string. The
 * reading itself is {@link SigsYaml}'s, shared with values files and manifest heads; errors carry Helm's text
 * ({@code error converting YAML to JSON: yaml: line N: ...}).
 */
public final class GoYamlDecoder {
    private GoYamlDecoder() {
    }

    /** Raised with the text Helm puts under {@code Error}. */
    public static final class YamlDecodeException extends RuntimeException {
        YamlDecodeException(String message) {
            super(message, null, false, false);
        }
    }

    /** The first document as the value model (null for an empty text). */
    public static Object parse(String text) {
        try {
            return SigsYaml.toJson(text, GoTarget.ANY);
        } catch (SigsYamlException e) {
            throw new YamlDecodeException(e.getMessage());
        }
    }

    /** The text Helm reports when the document is not of the wanted JSON kind. */
    public static String typeMismatch(Object decoded, String goType) {
        return "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + GoJsonDecoder.jsonKind(decoded)
                + " into Go value of type " + goType;
    }
}
