package dev.helmshift.goyaml;

/**
 * One token of go-yaml's scanner. {@code value} is the scalar text, the anchor or alias name, a tag's handle or a
 * %TAG directive's handle; {@code suffix} is a tag's suffix or a %TAG directive's prefix.
 */
final class Token {
    enum Type {
        STREAM_START, STREAM_END, VERSION_DIRECTIVE, TAG_DIRECTIVE, DOCUMENT_START, DOCUMENT_END,
        BLOCK_SEQUENCE_START, BLOCK_MAPPING_START, BLOCK_END, FLOW_SEQUENCE_START, FLOW_SEQUENCE_END,
        FLOW_MAPPING_START, FLOW_MAPPING_END, BLOCK_ENTRY, FLOW_ENTRY, KEY, VALUE, ALIAS, ANCHOR, TAG, SCALAR
    }

    final Type type;
    final Mark start;
    final Mark end;
    String value;
    String suffix;
    ScalarStyle style;
    int major;
    int minor;

    Token(Type type, Mark start, Mark end) {
        this.type = type;
        this.start = start;
        this.end = end;
    }
}
