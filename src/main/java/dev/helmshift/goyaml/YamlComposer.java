package dev.helmshift.goyaml;

import dev.helmshift.goyaml.YamlParser.Event;
import dev.helmshift.goyaml.YamlParser.EventType;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds the node tree of the first document from the parser's events, as go-yaml's Unmarshal does: only the first
 * document is read (what follows it is scanned only as far as the parser looks ahead), an alias must name an anchor
 * seen before it ("unknown anchor 'x' referenced"), and nesting is bounded so a deep document cannot exhaust the stack.
 */
final class YamlComposer {
    /** Deeper than any real chart by far (go-yaml itself stops only at 10000 flow levels or indents). */
    static final int MAX_DEPTH = 1_000;

    private final YamlParser parser;
    private Event event;
    private final Map<String, Node> anchors = new HashMap<>();

    private YamlComposer(YamlParser parser) {
        this.parser = parser;
    }

    /** The root node of the first document, or null for a stream without documents (empty or comments only). */
    static Node firstDocument(YamlInput input) {
        YamlComposer composer = new YamlComposer(new YamlParser(new YamlScanner(input)));
        composer.expect(EventType.STREAM_START);
        if (composer.peek() == EventType.STREAM_END) {
            return null;
        }
        composer.expect(EventType.DOCUMENT_START);
        Node root = composer.node(0);
        composer.expect(EventType.DOCUMENT_END);
        return root;
    }

    private EventType peek() {
        if (event == null) {
            event = parser.next();
            if (event == null) {
                throw YamlSyntaxException.decoder("attempted to go past the end of stream; corrupted value?", 0, 0);
            }
        }
        return event.type;
    }

    private Event expect(EventType type) {
        peek();
        Event current = event;
        if (current.type != type) {
            throw YamlSyntaxException.decoder("expected " + type + " event but got " + current.type,
                    current.start.line() + 1, current.start.column() + 1);
        }
        event = null;
        return current;
    }

    private Node node(int depth) {
        if (depth > MAX_DEPTH) {
            throw YamlSyntaxException.decoder("document nested deeper than " + MAX_DEPTH + " levels",
                    event.start.line() + 1, event.start.column() + 1);
        }
        return switch (peek()) {
            case SCALAR -> scalar();
            case ALIAS -> alias();
            case SEQUENCE_START -> collection(Node.Kind.SEQUENCE, EventType.SEQUENCE_END, depth);
            case MAPPING_START -> collection(Node.Kind.MAPPING, EventType.MAPPING_END, depth);
            default -> throw YamlSyntaxException.decoder("attempted to parse unknown event: " + event.type,
                    event.start.line() + 1, event.start.column() + 1);
        };
    }

    private Node scalar() {
        Event e = expect(EventType.SCALAR);
        Node n = new Node(Node.Kind.SCALAR, e.start);
        n.value = e.value;
        n.tag = e.tag;
        n.implicit = e.implicit;
        n.style = e.style;
        anchor(n, e.anchor);
        return n;
    }

    private Node alias() {
        Event e = event;
        Node n = new Node(Node.Kind.ALIAS, e.start);
        n.value = e.anchor;
        n.alias = anchors.get(e.anchor);
        if (n.alias == null) {
            throw YamlSyntaxException.decoder("unknown anchor '" + e.anchor + "' referenced",
                    e.start.line() + 1, e.start.column() + 1);
        }
        expect(EventType.ALIAS);
        return n;
    }

    private Node collection(Node.Kind kind, EventType end, int depth) {
        Event e = event;
        Node n = new Node(kind, e.start);
        n.tag = e.tag;
        anchor(n, e.anchor);
        expect(e.type);
        while (peek() != end) {
            n.children.add(node(depth + 1));
        }
        expect(end);
        return n;
    }

    private void anchor(Node n, String name) {
        if (name != null) {
            anchors.put(name, n);
        }
    }
}
