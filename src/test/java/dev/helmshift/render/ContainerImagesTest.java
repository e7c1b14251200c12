package dev.helmshift.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerImagesTest {

    @Test
    void collectsContainersAndInitContainersOfEveryWorkloadKindSortedAndUnique() {
        List<RenderedDocument> docs = List.of(
                new RenderedDocument("c/templates/d.yaml", """
                        kind: Deployment
                        spec:
                          template:
                            spec:
                              initContainers: [{name: init, image: "docker.io/busybox:1.30"}]
                              containers:
                                - {name: a, image: "gcr.io/istio/pilot:1.0.4"}
                                - {name: b, image: "gcr.io/istio/proxyv2:1.0.4"}
                        """),
                new RenderedDocument("c/templates/cron.yaml", """
                        kind: CronJob
                        spec:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers: [{name: c, image: "gcr.io/istio/pilot:1.0.4"}]
                        """),
                new RenderedDocument("c/templates/crd.yaml", """
                        kind: CustomResourceDefinition
                        spec: {containers: [{image: "schema-not-image"}]}
                        """),
                new RenderedDocument("c/templates/cm.yaml", "# only a comment"),
                new RenderedDocument("c/templates/job.yaml", "kind: Job\nspec: {template: {spec: {containers: [{image: ''}]}}}"));

        assertThat(ContainerImages.of(docs)).containsExactly(
                "docker.io/busybox:1.30", "gcr.io/istio/pilot:1.0.4", "gcr.io/istio/proxyv2:1.0.4");
    }
}
