package dev.helmshift.template.parse;

import dev.helmshift.template.GoStrings;

import java.util.List;

/**
 * A node of a parsed template. {@link #pos()} is the char offset of the node in its template's text (Go's Pos);
 * {@link #toString()} is Go's String() of the node, which error messages print.
 */
public sealed interface Node {
    int pos();

    /** A sequence of nodes. */
    record ListNode(int pos, List<Node> nodes) implements Node {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (Node n : nodes) {
                b.append(n);
            }
            return b.toString();
        }
    }

    /** Plain text between actions. */
    record TextNode(int pos, String text) implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code {{pipeline}}}: a non-control action. */
    record ActionNode(int pos, int line, PipeNode pipe) implements Node {
        @Override
        public String toString() {
            return "{{" + pipe + "}}";
        }
    }

    /** A pipeline with optional declarations: {@code $x, $y := cmd | cmd}. */
    record PipeNode(int pos, int line, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds)
            implements Node {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            if (!decl.isEmpty()) {
                for (int i = 0; i < decl.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    b.append(decl.get(i));
                }
                b.append(isAssign ? " = " : " := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                if (i > 0) {
                    b.append(" | ");
                }
                b.append(cmds.get(i));
            }
            return b.toString();
        }
    }

    /** A command: an operand or a function call with its arguments. */
    record CommandNode(int pos, List<Node> args) implements Node {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                Node arg = args.get(i);
                if (arg instanceof PipeNode) {
                    b.append('(').append(arg).append(')');
                } else {
                    b.append(arg);
                }
            }
            return b.toString();
        }
    }

    /** A function name. */
    record IdentifierNode(int pos, String ident) implements Node {
        @Override
        public String toString() {
            return ident;
        }
    }

    /** {@code $x} or {@code $x.a.b}: ident[0] is the variable name. */
    record VariableNode(int pos, String[] ident) implements Node {
        @Override
        public String toString() {
            return String.join(".", ident);
        }
    }

    /** {@code .}. */
    record DotNode(int pos) implements Node {
        @Override
        public String toString() {
            return ".";
        }
    }

    /** {@code nil}. */
    record NilNode(int pos) implements Node {
        @Override
        public String toString() {
            return "nil";
        }
    }

    /** {@code .a.b}: ident holds the names without dots. */
    record FieldNode(int pos, String[] ident) implements Node {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            for (String id : ident) {
                b.append('.').append(id);
            }
            return b.toString();
        }
    }

    /** {@code (pipe).a.b} or another term followed by fields. */
    record ChainNode(int pos, Node node, String[] fields) implements Node {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            if (node instanceof PipeNode) {
                b.append('(').append(node).append(')');
            } else {
                b.append(node);
            }
            for (String f : fields) {
                b.append('.').append(f);
            }
            return b.toString();
        }
    }

    /** {@code true}/{@code false}. */
    record BoolNode(int pos, boolean value) implements Node {
        @Override
        public String toString() {
            return value ? "true" : "false";
        }
    }

    /** A number literal with every interpretation Go allows for it. */
    record NumberNode(int pos, String text, boolean isInt, long int64, boolean isUint, long uint64,
                      boolean isFloat, double float64, boolean isComplex) implements Node {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A string literal: quoted is the source text, text the value. */
    record StringNode(int pos, String quoted, String text) implements Node {
        @Override
        public String toString() {
            return quoted;
        }
    }

    /** if, range and with. */
    enum BranchKind { IF, RANGE, WITH }

    /** {@code {{if|range|with pipe}} list {{else}} elseList {{end}}}; elseList may be null. */
    record BranchNode(BranchKind kind, int pos, int line, PipeNode pipe, ListNode list, ListNode elseList)
            implements Node {
        @Override
        public String toString() {
            String name = switch (kind) {
                case IF -> "if";
                case RANGE -> "range";
                case WITH -> "with";
            };
            StringBuilder b = new StringBuilder("{{").append(name).append(' ').append(pipe).append("}}").append(list);
            if (elseList != null) {
                b.append("{{else}}").append(elseList);
            }
            return b.append("{{end}}").toString();
        }
    }

    /** {@code {{template "name" pipe}}}; pipe may be null. */
    record TemplateNode(int pos, int line, String name, PipeNode pipe) implements Node {
        @Override
        public String toString() {
            if (pipe == null) {
                return "{{template " + GoStrings.quote(name) + "}}";
            }
            return "{{template " + GoStrings.quote(name) + " " + pipe + "}}";
        }
    }

    /** {@code {{break}}}. */
    record BreakNode(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{break}}";
        }
    }

    /** {@code {{continue}}}. */
    record ContinueNode(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{continue}}";
        }
    }

    /** {@code {{else}}}: only seen by the parser. */
    record ElseNode(int pos, int line) implements Node {
        @Override
        public String toString() {
            return "{{else}}";
        }
    }

    /** {@code {{end}}}: only seen by the parser. */
    record EndNode(int pos) implements Node {
        @Override
        public String toString() {
            return "{{end}}";
        }
    }
}
