package dev.helmshift.template.parse;

import dev.helmshift.gobytes.GoBytes;

/**
 * One parsed template: a file's top level, or a {@code define}/{@code block} in it.
 *
 * @param name      the template name ({@code define "x"} gives x; a file's top level has the file's name)
 * @param parseName the name of the file it was parsed from, which errors print
 * @param text      the whole text of that file, to turn node positions into line:column
 * @param root      the body
 */
public record Tree(String name, String parseName, String text, Node.ListNode root) {

    /** Go's IsEmptyTree: only space text (and nothing else) in the body. */
    public boolean isEmpty() {
        return isEmpty(root);
    }

    private static boolean isEmpty(Node n) {
        if (n instanceof Node.ListNode list) {
            for (Node child : list.nodes()) {
                if (!isEmpty(child)) {
                    return false;
                }
            }
            return true;
        }
        if (n instanceof Node.TextNode t) {
            return t.text().isBlank() && t.text().chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r' || c == '\n');
        }
        return false;
    }

    /** 1-based line of a node position. */
    public int lineOf(int pos) {
        int line = 1;
        int end = Math.min(pos, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 0-based byte column of a node position, as Go's ErrorContext computes it. */
    public int columnOf(int pos) {
        int end = Math.min(pos, text.length());
        int nl = text.lastIndexOf('\n', end - 1);
        if (nl < 0) {
            return GoBytes.byteLength(text, 0, end);
        }
        return GoBytes.byteLength(text, nl + 1, end);
    }
}
