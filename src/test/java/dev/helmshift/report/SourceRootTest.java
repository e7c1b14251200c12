package dev.helmshift.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRootTest {
    @Test
    void namesFilesRelativeToTheRootWhateverTheWorkingDirectory() {
        SourceRoot root = new SourceRoot(Path.of("/repo"), Path.of("/repo/ci/jobs"));

        assertThat(root.relativePath("../../charts/istio/values.yaml")).hasValue("charts/istio/values.yaml");
        assertThat(root.relativePath("/repo/values.yaml")).hasValue("values.yaml");
        assertThat(root.relativePath("x/./y/../z.yaml")).hasValue("ci/jobs/x/z.yaml");
        assertThat(root.relativePath("/elsewhere/values.yaml")).isEmpty();
        assertThat(root.relativePath("../../../repo2/values.yaml")).as("a sibling whose name starts alike").isEmpty();
    }

    @Test
    void sarifUrisArePercentEncodedRelativeReferencesOrAbsoluteFileUris() {
        SourceRoot root = new SourceRoot(Path.of("/repo"), Path.of("/repo"));

        assertThat(root.uri("charts/my chart/values #1.yaml")).isEqualTo("charts/my%20chart/values%20%231.yaml");
        assertThat(root.uri("charts/a:b/ü.yaml")).isEqualTo("charts/a%3Ab/%C3%BC.yaml");
        assertThat(root.uri("/tmp/x.yaml")).isEqualTo("file:///tmp/x.yaml");
        assertThat(root.rootUri()).isEqualTo("file:///repo/");
        assertThat(root.displayPath("/tmp/x.yaml")).isEqualTo("/tmp/x.yaml");
        assertThat(root.displayPath("./a/b.yaml")).isEqualTo("a/b.yaml");
    }
}
