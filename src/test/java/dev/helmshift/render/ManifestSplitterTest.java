package dev.helmshift.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ManifestSplitterTest {

    @Test
    void splitsAtSeparatorLinesAndTrimsEachDocument() {
        assertThat(ManifestSplitter.split("\n---\na: 1\n\n---   \n  b: 2  \n---\n"))
                .containsExactly("a: 1", "b: 2");
    }

    @Test
    void keepsCommentOnlyDocumentsAndDropsEmptyOnes() {
        assertThat(ManifestSplitter.split("---\n# just a comment\n---\nkind: A"))
                .containsExactly("# just a comment", "kind: A");
    }

    @Test
    void aSeparatorRightAfterASeparatorStaysInTheDocumentAsHelmsRegexDoes() {
        // verified with helm v4.1.4: the second "---" has no newline of its own left before it
        assertThat(ManifestSplitter.split("# c\n---\n---\nkind: A")).containsExactly("# c", "---\nkind: A");
    }

    @Test
    void dashesInsideOrIndentedAreNotSeparators() {
        assertThat(ManifestSplitter.split("a: x---y\nb: |\n  ---- indented\nc: ---\n"))
                .containsExactly("a: x---y\nb: |\n  ---- indented\nc: ---");
    }

    @Test
    void blankTextHasNoDocuments() {
        assertThat(ManifestSplitter.split(" \n\t\n")).isEmpty();
    }
}
