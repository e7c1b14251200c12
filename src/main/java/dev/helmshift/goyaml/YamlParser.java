package dev.helmshift.goyaml;

import dev.helmshift.goyaml.Token.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * go-yaml v2's parser (libyaml's state machine): tokens in, events out, with the same errors at the same marks
 * ("did not find expected key", "did not find expected ',' or ']'", ...). Only YAML 1.1 documents are accepted
 * ({@code %YAML 1.2} is "found incompatible YAML document"), and the {@code !} and {@code !!} handles are always known.
 */
final class YamlParser {
    enum EventType {
        STREAM_START, STREAM_END, DOCUMENT_START, DOCUMENT_END, ALIAS, SCALAR, SEQUENCE_START, SEQUENCE_END,
        MAPPING_START, MAPPING_END
    }

    /** One event; {@code implicit} is go-yaml's plain_implicit (a plain scalar with no tag, or the tag {@code !}). */
    static final class Event {
        final EventType type;
        final Mark start;
        String anchor;
        String tag;
        String value;
        boolean implicit;
        ScalarStyle style;

        Event(EventType type, Mark start) {
            this.type = type;
            this.start = start;
        }
    }

    private enum State {
        STREAM_START, IMPLICIT_DOCUMENT_START, DOCUMENT_START, DOCUMENT_CONTENT, DOCUMENT_END, BLOCK_NODE,
        BLOCK_NODE_OR_INDENTLESS_SEQUENCE, FLOW_NODE, BLOCK_SEQUENCE_FIRST_ENTRY, BLOCK_SEQUENCE_ENTRY,
        INDENTLESS_SEQUENCE_ENTRY, BLOCK_MAPPING_FIRST_KEY, BLOCK_MAPPING_KEY, BLOCK_MAPPING_VALUE,
        FLOW_SEQUENCE_FIRST_ENTRY, FLOW_SEQUENCE_ENTRY, FLOW_SEQUENCE_ENTRY_MAPPING_KEY,
        FLOW_SEQUENCE_ENTRY_MAPPING_VALUE, FLOW_SEQUENCE_ENTRY_MAPPING_END, FLOW_MAPPING_FIRST_KEY, FLOW_MAPPING_KEY,
        FLOW_MAPPING_VALUE, FLOW_MAPPING_EMPTY_VALUE, END
    }

    private record TagDirective(String handle, String prefix) {
    }

    private static final List<TagDirective> DEFAULT_TAGS = List.of(new TagDirective("!", "!"),
            new TagDirective("!!", "tag:yaml.org,2002:"));

    private final YamlScanner scanner;
    private State state = State.STREAM_START;
    private final List<State> states = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<TagDirective> tagDirectives = new ArrayList<>();

    YamlParser(YamlScanner scanner) {
        this.scanner = scanner;
    }

    /** The next event, or null once the stream has ended. */
    Event next() {
        if (scanner.streamEndProduced() || state == State.END) {
            return null;
        }
        return switch (state) {
            case STREAM_START -> streamStart();
            case IMPLICIT_DOCUMENT_START -> documentStart(true);
            case DOCUMENT_START -> documentStart(false);
            case DOCUMENT_CONTENT -> documentContent();
            case DOCUMENT_END -> documentEnd();
            case BLOCK_NODE -> node(true, false);
            case BLOCK_NODE_OR_INDENTLESS_SEQUENCE -> node(true, true);
            case FLOW_NODE -> node(false, false);
            case BLOCK_SEQUENCE_FIRST_ENTRY -> blockSequenceEntry(true);
            case BLOCK_SEQUENCE_ENTRY -> blockSequenceEntry(false);
            case INDENTLESS_SEQUENCE_ENTRY -> indentlessSequenceEntry();
            case BLOCK_MAPPING_FIRST_KEY -> blockMappingKey(true);
            case BLOCK_MAPPING_KEY -> blockMappingKey(false);
            case BLOCK_MAPPING_VALUE -> blockMappingValue();
            case FLOW_SEQUENCE_FIRST_ENTRY -> flowSequenceEntry(true);
            case FLOW_SEQUENCE_ENTRY -> flowSequenceEntry(false);
            case FLOW_SEQUENCE_ENTRY_MAPPING_KEY -> flowSequenceEntryMappingKey();
            case FLOW_SEQUENCE_ENTRY_MAPPING_VALUE -> flowSequenceEntryMappingValue();
            case FLOW_SEQUENCE_ENTRY_MAPPING_END -> flowSequenceEntryMappingEnd();
            case FLOW_MAPPING_FIRST_KEY -> flowMappingKey(true);
            case FLOW_MAPPING_KEY -> flowMappingKey(false);
            case FLOW_MAPPING_VALUE -> flowMappingValue(false);
            case FLOW_MAPPING_EMPTY_VALUE -> flowMappingValue(true);
            case END -> null;
        };
    }

    private static YamlSyntaxException error(String problem, Mark problemMark, Mark contextMark) {
        return YamlSyntaxException.parser(problem, problemMark, contextMark);
    }

    private State popState() {
        return states.remove(states.size() - 1);
    }

    private Mark popMark() {
        return marks.remove(marks.size() - 1);
    }

    private Event streamStart() {
        Token token = scanner.peek();
        if (token.type != Type.STREAM_START) {
            throw error("did not find expected <stream-start>", token.start, null);
        }
        state = State.IMPLICIT_DOCUMENT_START;
        Event event = new Event(EventType.STREAM_START, token.start);
        scanner.skip();
        return event;
    }

    private Event documentStart(boolean implicit) {
        Token token = scanner.peek();
        if (!implicit) {
            while (token.type == Type.DOCUMENT_END) {
                scanner.skip();
                token = scanner.peek();
            }
        }
        if (implicit && token.type != Type.VERSION_DIRECTIVE && token.type != Type.TAG_DIRECTIVE
                && token.type != Type.DOCUMENT_START && token.type != Type.STREAM_END) {
            processDirectives();
            states.add(State.DOCUMENT_END);
            state = State.BLOCK_NODE;
            return new Event(EventType.DOCUMENT_START, token.start);
        }
        if (token.type != Type.STREAM_END) {
            Mark start = token.start;
            processDirectives();
            token = scanner.peek();
            if (token.type != Type.DOCUMENT_START) {
                throw error("did not find expected <document start>", token.start, null);
            }
            states.add(State.DOCUMENT_END);
            state = State.DOCUMENT_CONTENT;
            Event event = new Event(EventType.DOCUMENT_START, start);
            scanner.skip();
            return event;
        }
        state = State.END;
        Event event = new Event(EventType.STREAM_END, token.start);
        scanner.skip();
        return event;
    }

    private Event documentContent() {
        Token token = scanner.peek();
        if (token.type == Type.VERSION_DIRECTIVE || token.type == Type.TAG_DIRECTIVE
                || token.type == Type.DOCUMENT_START || token.type == Type.DOCUMENT_END
                || token.type == Type.STREAM_END) {
            state = popState();
            return emptyScalar(token.start);
        }
        return node(true, false);
    }

    private Event documentEnd() {
        Token token = scanner.peek();
        Mark start = token.start;
        if (token.type == Type.DOCUMENT_END) {
            scanner.skip();
        }
        tagDirectives.clear();
        state = State.DOCUMENT_START;
        return new Event(EventType.DOCUMENT_END, start);
    }

    private Event node(boolean block, boolean indentlessSequence) {
        Token token = scanner.peek();
        if (token.type == Type.ALIAS) {
            state = popState();
            Event event = new Event(EventType.ALIAS, token.start);
            event.anchor = token.value;
            scanner.skip();
            return event;
        }
        Mark start = token.start;
        String anchor = null;
        boolean tagToken = false;
        String tagHandle = null;
        String tagSuffix = null;
        Mark tagMark = null;
        if (token.type == Type.ANCHOR) {
            anchor = token.value;
            scanner.skip();
            token = scanner.peek();
            if (token.type == Type.TAG) {
                tagToken = true;
                tagHandle = token.value;
                tagSuffix = token.suffix;
                tagMark = token.start;
                scanner.skip();
                token = scanner.peek();
            }
        } else if (token.type == Type.TAG) {
            tagToken = true;
            tagHandle = token.value;
            tagSuffix = token.suffix;
            tagMark = token.start;
            scanner.skip();
            token = scanner.peek();
            if (token.type == Type.ANCHOR) {
                anchor = token.value;
                scanner.skip();
                token = scanner.peek();
            }
        }
        String tag = "";
        if (tagToken) {
            if (tagHandle.isEmpty()) {
                tag = tagSuffix;
            } else {
                for (TagDirective directive : tagDirectives) {
                    if (directive.handle().equals(tagHandle)) {
                        tag = directive.prefix() + tagSuffix;
                        break;
                    }
                }
                if (tag.isEmpty()) {
                    throw error("found undefined tag handle", tagMark, start);
                }
            }
        }
        boolean implicit = tag.isEmpty();
        if (indentlessSequence && token.type == Type.BLOCK_ENTRY) {
            state = State.INDENTLESS_SEQUENCE_ENTRY;
            return collectionStart(EventType.SEQUENCE_START, start, anchor, tag, implicit);
        }
        if (token.type == Type.SCALAR) {
            boolean plainImplicit = tag.isEmpty() && token.style == ScalarStyle.PLAIN || tag.equals("!");
            state = popState();
            Event event = new Event(EventType.SCALAR, start);
            event.anchor = anchor;
            event.tag = tag;
            event.value = token.value;
            event.implicit = plainImplicit;
            event.style = token.style;
            scanner.skip();
            return event;
        }
        if (token.type == Type.FLOW_SEQUENCE_START) {
            state = State.FLOW_SEQUENCE_FIRST_ENTRY;
            return collectionStart(EventType.SEQUENCE_START, start, anchor, tag, implicit);
        }
        if (token.type == Type.FLOW_MAPPING_START) {
            state = State.FLOW_MAPPING_FIRST_KEY;
            return collectionStart(EventType.MAPPING_START, start, anchor, tag, implicit);
        }
        if (block && token.type == Type.BLOCK_SEQUENCE_START) {
            state = State.BLOCK_SEQUENCE_FIRST_ENTRY;
            return collectionStart(EventType.SEQUENCE_START, start, anchor, tag, implicit);
        }
        if (block && token.type == Type.BLOCK_MAPPING_START) {
            state = State.BLOCK_MAPPING_FIRST_KEY;
            return collectionStart(EventType.MAPPING_START, start, anchor, tag, implicit);
        }
        if (anchor != null || !tag.isEmpty()) {
            state = popState();
            Event event = new Event(EventType.SCALAR, start);
            event.anchor = anchor;
            event.tag = tag;
            event.value = "";
            event.implicit = implicit;
            event.style = ScalarStyle.PLAIN;
            return event;
        }
        throw error("did not find expected node content", token.start, start);
    }

    private static Event collectionStart(EventType type, Mark start, String anchor, String tag, boolean implicit) {
        Event event = new Event(type, start);
        event.anchor = anchor;
        event.tag = tag;
        event.implicit = implicit;
        return event;
    }

    /**
     * What follows an indicator: the node, or an empty scalar at {@code mark} when the next token is one of
     * {@code stops} (e.g. {@code - } directly followed by another {@code - }).
     */
    private Event nodeOrEmpty(State next, Mark mark, boolean block, boolean indentless, Type... stops) {
        Token token = scanner.peek();
        for (Type stop : stops) {
            if (token.type == stop) {
                state = next;
                return emptyScalar(mark);
            }
        }
        states.add(next);
        return node(block, indentless);
    }

    /** The end of a collection at {@code token}, which is consumed. */
    private Event collectionEnd(EventType type, Token token) {
        state = popState();
        popMark();
        Event event = new Event(type, token.start);
        scanner.skip();
        return event;
    }

    private Event blockSequenceEntry(boolean first) {
        if (first) {
            marks.add(scanner.peek().start);
            scanner.skip();
        }
        Token token = scanner.peek();
        if (token.type == Type.BLOCK_ENTRY) {
            scanner.skip();
            return nodeOrEmpty(State.BLOCK_SEQUENCE_ENTRY, token.end, true, false, Type.BLOCK_ENTRY, Type.BLOCK_END);
        }
        if (token.type == Type.BLOCK_END) {
            return collectionEnd(EventType.SEQUENCE_END, token);
        }
        throw error("did not find expected '-' indicator", token.start, popMark());
    }

    private Event indentlessSequenceEntry() {
        Token token = scanner.peek();
        if (token.type == Type.BLOCK_ENTRY) {
            scanner.skip();
            return nodeOrEmpty(State.INDENTLESS_SEQUENCE_ENTRY, token.end, true, false, Type.BLOCK_ENTRY, Type.KEY,
                    Type.VALUE, Type.BLOCK_END);
        }
        state = popState();
        return new Event(EventType.SEQUENCE_END, token.start);
    }

    private Event blockMappingKey(boolean first) {
        if (first) {
            marks.add(scanner.peek().start);
            scanner.skip();
        }
        Token token = scanner.peek();
        if (token.type == Type.KEY) {
            scanner.skip();
            return nodeOrEmpty(State.BLOCK_MAPPING_VALUE, token.end, true, true, Type.KEY, Type.VALUE, Type.BLOCK_END);
        }
        if (token.type == Type.BLOCK_END) {
            return collectionEnd(EventType.MAPPING_END, token);
        }
        throw error("did not find expected key", token.start, popMark());
    }

    private Event blockMappingValue() {
        Token token = scanner.peek();
        if (token.type == Type.VALUE) {
            scanner.skip();
            return nodeOrEmpty(State.BLOCK_MAPPING_KEY, token.end, true, true, Type.KEY, Type.VALUE, Type.BLOCK_END);
        }
        state = State.BLOCK_MAPPING_KEY;
        return emptyScalar(token.start);
    }

    /** The token that starts a flow entry: after the ',' that must separate it from the one before. */
    private Token flowEntry(boolean first, Type end, String problem) {
        Token token = scanner.peek();
        if (token.type != end && !first) {
            if (token.type != Type.FLOW_ENTRY) {
                throw error(problem, token.start, popMark());
            }
            scanner.skip();
            token = scanner.peek();
        }
        return token;
    }

    private Event flowSequenceEntry(boolean first) {
        if (first) {
            marks.add(scanner.peek().start);
            scanner.skip();
        }
        Token token = flowEntry(first, Type.FLOW_SEQUENCE_END, "did not find expected ',' or ']'");
        if (token.type != Type.FLOW_SEQUENCE_END) {
            if (token.type == Type.KEY) {
                state = State.FLOW_SEQUENCE_ENTRY_MAPPING_KEY;
                Event event = collectionStart(EventType.MAPPING_START, token.start, null, "", true);
                scanner.skip();
                return event;
            }
            if (token.type != Type.FLOW_SEQUENCE_END) {
                states.add(State.FLOW_SEQUENCE_ENTRY);
                return node(false, false);
            }
        }
        return collectionEnd(EventType.SEQUENCE_END, token);
    }

    private Event flowSequenceEntryMappingKey() {
        Token token = scanner.peek();
        if (token.type != Type.VALUE && token.type != Type.FLOW_ENTRY && token.type != Type.FLOW_SEQUENCE_END) {
            states.add(State.FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
            return node(false, false);
        }
        Mark mark = token.end;
        scanner.skip();
        state = State.FLOW_SEQUENCE_ENTRY_MAPPING_VALUE;
        return emptyScalar(mark);
    }

    private Event flowSequenceEntryMappingValue() {
        Token token = scanner.peek();
        if (token.type == Type.VALUE) {
            scanner.skip();
            token = scanner.peek();
            if (token.type != Type.FLOW_ENTRY && token.type != Type.FLOW_SEQUENCE_END) {
                states.add(State.FLOW_SEQUENCE_ENTRY_MAPPING_END);
                return node(false, false);
            }
        }
        state = State.FLOW_SEQUENCE_ENTRY_MAPPING_END;
        return emptyScalar(token.start);
    }

    private Event flowSequenceEntryMappingEnd() {
        Token token = scanner.peek();
        state = State.FLOW_SEQUENCE_ENTRY;
        return new Event(EventType.MAPPING_END, token.start);
    }

    private Event flowMappingKey(boolean first) {
        if (first) {
            marks.add(scanner.peek().start);
            scanner.skip();
        }
        Token token = flowEntry(first, Type.FLOW_MAPPING_END, "did not find expected ',' or '}'");
        if (token.type != Type.FLOW_MAPPING_END) {
            if (token.type == Type.KEY) {
                scanner.skip();
                token = scanner.peek();
                if (token.type != Type.VALUE && token.type != Type.FLOW_ENTRY
                        && token.type != Type.FLOW_MAPPING_END) {
                    states.add(State.FLOW_MAPPING_VALUE);
                    return node(false, false);
                }
                state = State.FLOW_MAPPING_VALUE;
                return emptyScalar(token.start);
            }
            if (token.type != Type.FLOW_MAPPING_END) {
                states.add(State.FLOW_MAPPING_EMPTY_VALUE);
                return node(false, false);
            }
        }
        return collectionEnd(EventType.MAPPING_END, token);
    }

    private Event flowMappingValue(boolean empty) {
        Token token = scanner.peek();
        if (empty) {
            state = State.FLOW_MAPPING_KEY;
            return emptyScalar(token.start);
        }
        if (token.type == Type.VALUE) {
            scanner.skip();
            token = scanner.peek();
            if (token.type != Type.FLOW_ENTRY && token.type != Type.FLOW_MAPPING_END) {
                states.add(State.FLOW_MAPPING_KEY);
                return node(false, false);
            }
        }
        state = State.FLOW_MAPPING_KEY;
        return emptyScalar(token.start);
    }

    private static Event emptyScalar(Mark mark) {
        Event event = new Event(EventType.SCALAR, mark);
        event.tag = "";
        event.value = "";
        event.implicit = true;
        event.style = ScalarStyle.PLAIN;
        return event;
    }

    /** %YAML and %TAG directives before a document, then the default handles (a %TAG may redefine them). */
    private void processDirectives() {
        boolean versionSeen = false;
        Token token = scanner.peek();
        while (token.type == Type.VERSION_DIRECTIVE || token.type == Type.TAG_DIRECTIVE) {
            if (token.type == Type.VERSION_DIRECTIVE) {
                if (versionSeen) {
                    throw error("found duplicate %YAML directive", token.start, null);
                }
                if (token.major != 1 || token.minor != 1) {
                    throw error("found incompatible YAML document", token.start, null);
                }
                versionSeen = true;
            } else {
                appendTagDirective(new TagDirective(token.value, token.suffix), false, token.start);
            }
            scanner.skip();
            token = scanner.peek();
        }
        for (TagDirective directive : DEFAULT_TAGS) {
            appendTagDirective(directive, true, token.start);
        }
    }

    private void appendTagDirective(TagDirective value, boolean allowDuplicates, Mark mark) {
        for (TagDirective existing : tagDirectives) {
            if (existing.handle().equals(value.handle())) {
                if (allowDuplicates) {
                    return;
                }
                throw error("found duplicate %TAG directive", mark, null);
            }
        }
        tagDirectives.add(value);
    }
}
