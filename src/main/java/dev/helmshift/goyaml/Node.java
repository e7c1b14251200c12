package dev.helmshift.goyaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the first document, as go-yaml's decoder builds it before it converts: an alias points at the node its
 * anchor named when the alias was read (a later anchor of the same name does not change it).
 */
final class Node {
    enum Kind {
        SCALAR, SEQUENCE, MAPPING, ALIAS
    }

    final Kind kind;
    /** 0-based, as go-yaml's marks. */
    final int line;
    final int column;
    String tag = "";
    String value = "";
    boolean implicit;
    ScalarStyle style = ScalarStyle.PLAIN;
    final List<Node> children;
    Node alias;

    Node(Kind kind, Mark start) {
        this.kind = kind;
        this.line = start.line();
        this.column = start.column();
        this.children = kind == Kind.SEQUENCE || kind == Kind.MAPPING ? new ArrayList<>() : List.of();
    }
}
