package dev.helmshift.analysis.manifest;

import dev.helmshift.render.RenderedDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendered documents read as Helm's YAML library reads them, so analysis sees what helm accepted. */
class ManifestsTest {

    @Test
    void readsADocumentWhoseLinesEndInTabsAsHelmDoes() {
        Manifests.Parsed parsed = Manifests.parse(List.of(new RenderedDocument("c/templates/d.yaml",
                "apiVersion: apps/v1\t\nkind: Deployment\nmetadata:\t\n  name: web\t\nspec:\n  replicas: 2\n"
                        + "  template:\n    spec:\n      containers:\n      - image: nginx:1.25\t\n")));
        assertThat(parsed.unparsable()).isEmpty();
        Manifest m = parsed.manifests().get(0);
        assertThat(List.of(m.apiVersion(), m.kind(), m.name())).containsExactly("apps/v1", "Deployment", "web");
        assertThat(((Map<?, ?>) m.body().get("spec")).get("replicas")).isEqualTo(2L);
    }

    @Test
    void keepsGoYamlsWordsAndReportsWhatHelmWouldRefuse() {
        Manifests.Parsed parsed = Manifests.parse(List.of(
                new RenderedDocument("c/templates/a.yaml", "kind: A\nmetadata:\n  name: a\non: y\n"),
                new RenderedDocument("c/templates/b.yaml", "kind: B\nmetadata:\n\tname: b\n"),
                new RenderedDocument("c/templates/c.yaml", "- not a map\n")));
        assertThat(parsed.manifests().get(0).body()).containsEntry("true", true);
        assertThat(parsed.unparsable()).containsExactly(
                new Manifests.Unparsable("c/templates/b.yaml", "yaml: line 3: found character that cannot start any token"),
                new Manifests.Unparsable("c/templates/c.yaml", "the document is not a mapping"));
    }
}
