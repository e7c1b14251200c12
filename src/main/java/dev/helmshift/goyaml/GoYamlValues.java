package dev.helmshift.goyaml;

/**
 * go-yaml v2's Unmarshal of the first document into {@code interface{}}, before any JSON: what Helm's YAML library
 * reads, with Go's own value types (Long for an int, BigInteger past int64, Double, Boolean, String, null; maps keyed
 * by those values). For readers that keep integers apart from floats, such as the manifests that analysis compares;
 * Helm's values go through {@link SigsYaml} instead.
 */
public final class GoYamlValues {
    private GoYamlValues() {
    }

    /** The first document's value, or null for a stream without documents; go-yaml's error otherwise. */
    public static Object firstDocument(String text) {
        return firstDocument(YamlInput.of(text));
    }

    static Object firstDocument(YamlInput input) {
        if (input.byteLength() > SigsYaml.MAX_BYTES) {
            throw YamlSyntaxException.decoder("refused: " + input.byteLength() + " bytes is more than "
                    + SigsYaml.MAX_BYTES / (1024 * 1024) + " MiB", 0, 0);
        }
        Node root = YamlComposer.firstDocument(input);
        return root == null ? null : GoDecoder.decode(root);
    }
}
