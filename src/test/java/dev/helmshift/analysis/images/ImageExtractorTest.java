package dev.helmshift.analysis.images;

import dev.helmshift.analysis.HelmOracle;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.render.RenderedDocument;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ImageExtractorTest {

    private static ImageInventory extract(List<RenderedDocument> docs) {
        return ImageExtractor.extract(Manifests.parse(docs).manifests());
    }

    @Test
    void findsContainerImagesOfEveryWorkloadKindAndImagesEmbeddedInConfigMaps() {
        ImageInventory inventory = extract(HelmOracle.resource("/rendered/workloads.yaml"));

        assertThat(inventory.images()).containsExactly(
                "busybox:1.36",
                "busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                "docker.io/istio/pilot:1.0.5",
                "docker.io/istio/proxyv2:1.0.4",
                "docker.io/istio/proxyv2:1.0.5",
                "gcr.io/istio-release/proxy_init:release-1.0-latest-daily",
                "gcr.io/istio-release/proxyv2:release-1.0-latest-daily",
                "localhost:5000/legacy/app:latest",
                "nginx",
                "quay.io/coreos/hyperkube:v1.7.6_coreos.0",
                "registry.example.com/team/web:2.1");
    }

    @Test
    void namesTheTemplatesEachImageComesFrom() {
        ImageInventory inventory = extract(HelmOracle.resource("/rendered/workloads.yaml"));

        assertThat(inventory.entries()).filteredOn(e -> e.image().startsWith("quay.io"))
                .singleElement().extracting(ImageEntry::sources).isEqualTo(List.of("demo/templates/cronjob.yaml"));
        assertThat(inventory.occurrences()).filteredOn(o -> o.image().equals("gcr.io/istio-release/proxyv2:release-1.0-latest-daily"))
                .singleElement().satisfies(o -> {
                    assertThat(o.object()).isEqualTo("ConfigMap/injector");
                    assertThat(o.field()).isEqualTo("data.config (embedded)");
                });
    }

    @Test
    void reportsTemplatedImageLinesInEmbeddedTextAsUnresolved() {
        ImageInventory inventory = extract(HelmOracle.resource("/rendered/workloads.yaml"));

        assertThat(inventory.unresolved()).singleElement().extracting(UnresolvedImage::text)
                .isEqualTo("image: \"{{ .Values.global.hub }}/proxyv2:{{ .Values.global.tag }}\"");
    }

    @Test
    void findsExactlyTheImagesOfHelmsRenderOfIstio104ForEveryProfileThatRenders() {
        Path chart = TestTools.corpus("istio-1.0.4/istio");
        for (String profile : List.of("values.yaml", "values-istio-auth.yaml", "values-istio-one-namespace.yaml")) {
            List<RenderedDocument> docs = HelmOracle.template(chart, "-f", chart.resolve(profile).toString());
            String helmText = String.join("\n", docs.stream().map(RenderedDocument::text).toList());

            assertThat(extract(docs).images()).as(profile).containsExactlyElementsOf(imageLinesIn(helmText));
        }
    }

    /** An independent oracle: every {@code image:} line of helm's output, the injector markup's default included. */
    private static TreeSet<String> imageLinesIn(String text) {
        TreeSet<String> images = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s*-?\\s*image:\\s*(.+)$").matcher(text);
        while (m.find()) {
            String v = m.group(1).trim();
            if (v.contains("[[")) {
                Matcher q = Pattern.compile("\"([^\"]+)\"\\s*]]").matcher(v);
                q.find();
                v = q.group(1);
            }
            images.add(v.replace("\"", ""));
        }
        return images;
    }
}
