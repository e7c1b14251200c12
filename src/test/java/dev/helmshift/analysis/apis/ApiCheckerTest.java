package dev.helmshift.analysis.apis;

import dev.helmshift.analysis.HelmOracle;
import dev.helmshift.analysis.manifest.Manifest;
import dev.helmshift.analysis.manifest.Manifests;
import dev.helmshift.error.BadInputException;
import dev.helmshift.report.Finding;
import dev.helmshift.testing.TestTools;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ApiCheckerTest {

    private static final List<Manifest> MANIFESTS = Manifests.parse(HelmOracle.resource("/rendered/apis.yaml")).manifests();

    @Test
    void findsNestedRemovedApisInScaleTargetRefsAndOwnerReferencesAtKubernetes116() {
        List<Finding> findings = ApiChecker.check(MANIFESTS, MinorVersion.parse("1.16"), ApiRemovalTable.builtIn());

        assertThat(findings).extracting(Finding::rule, Finding::message, Finding::fix).containsExactly(
                tuple("removed-api", "HorizontalPodAutoscaler/pilot refers to Deployment apps/v1beta1 at spec.scaleTargetRef, "
                        + "which Kubernetes 1.16 removed (target 1.16)", "use apps/v1"),
                tuple("removed-api", "Pod/pilot-abc refers to ReplicaSet extensions/v1beta1 at metadata.ownerReferences[0], "
                        + "which Kubernetes 1.16 removed (target 1.16)", "use apps/v1"),
                tuple("deprecated-api", "MeshPolicy/default uses authentication.istio.io/v1alpha1, which Istio 1.6 removed",
                        "use security.istio.io/v1beta1 PeerAuthentication / RequestAuthentication before upgrading to Istio 1.6"));
    }

    @Test
    void reportsCronJobAndHpaBetasAsRemovedAt125AndDeprecatedBefore() {
        assertThat(ApiChecker.check(MANIFESTS, MinorVersion.parse("v1.25.3"), ApiRemovalTable.builtIn()))
                .filteredOn(f -> f.location().file().equals("demo/templates/hpa.yaml") && f.location().path().equals("HorizontalPodAutoscaler/pilot")
                        || f.location().file().equals("demo/templates/cronjob.yaml"))
                .extracting(Finding::rule).containsExactly("removed-api", "removed-api");
        assertThat(ApiChecker.check(MANIFESTS, MinorVersion.parse("1.22"), ApiRemovalTable.builtIn()))
                .filteredOn(f -> f.location().file().equals("demo/templates/cronjob.yaml"))
                .extracting(Finding::rule, Finding::message).containsExactly(tuple("deprecated-api",
                        "CronJob/cleanup uses batch/v1beta1, deprecated since Kubernetes 1.21 and removed in 1.25"));
    }

    @Test
    void theTableCoversEveryApiTheIssueNames() {
        ApiRemovalTable table = ApiRemovalTable.builtIn();
        assertThat(List.of(
                table.find("extensions/v1beta1", "Deployment"), table.find("apps/v1beta1", "StatefulSet"),
                table.find("apps/v1beta2", "DaemonSet"), table.find("extensions/v1beta1", "Ingress"),
                table.find("rbac.authorization.k8s.io/v1alpha1", "Role"), table.find("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"),
                table.find("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"),
                table.find("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"),
                table.find("policy/v1beta1", "PodDisruptionBudget"), table.find("policy/v1beta1", "PodSecurityPolicy"),
                table.find("autoscaling/v2beta1", "HorizontalPodAutoscaler"), table.find("batch/v1beta1", "CronJob"),
                table.find("autoscaling/v2beta2", "HorizontalPodAutoscaler"), table.find("authentication.istio.io/v1alpha1", "Policy")))
                .allMatch(java.util.Optional::isPresent);
        assertThat(table.find("apps/v1", "Deployment")).isEmpty();
    }

    @Test
    void aMalformedKubeVersionIsBadInput() {
        assertThatThrownBy(() -> MinorVersion.parse("sixteen")).isInstanceOf(BadInputException.class)
                .hasMessage("invalid Kubernetes version 'sixteen'");
    }

    @Test
    void istio104UsesExtensionsV1beta1WorkloadsAndNestedAppsV1beta1RefsThatKubernetes116RemovedWhileIstio146MinimalKeepsWorkingUntil125() {
        var old = TestTools.corpus("istio-1.0.4/istio");
        var oldManifests = Manifests.parse(HelmOracle.template(old)).manifests();
        var chart = TestTools.corpus("istio-1.4.6/istio");
        var manifests = Manifests.parse(HelmOracle.template(chart, "-f",
                chart.resolve("values-istio-minimal.yaml").toString())).manifests();

        assertThat(ApiChecker.check(oldManifests, MinorVersion.parse("1.16"), ApiRemovalTable.builtIn()))
                .filteredOn(f -> f.rule().equals("removed-api"))
                .extracting(f -> f.message().contains("uses extensions/v1beta1") ? "top-level"
                        : f.message().contains("refers to Deployment apps/v1beta1 at spec.scaleTargetRef") ? "nested" : f.message())
                .containsExactlyInAnyOrder("top-level", "top-level", "top-level", "top-level", "top-level", "top-level",
                        "top-level", "top-level", "top-level", "nested", "nested", "nested", "nested", "nested");
        assertThat(ApiChecker.check(manifests, MinorVersion.parse("1.16"), ApiRemovalTable.builtIn()))
                .filteredOn(f -> f.rule().equals("removed-api")).isEmpty();
        assertThat(ApiChecker.check(manifests, MinorVersion.parse("1.25"), ApiRemovalTable.builtIn()))
                .filteredOn(f -> f.rule().equals("removed-api")).extracting(f -> f.location().path())
                .containsExactlyInAnyOrder("HorizontalPodAutoscaler/istio-pilot", "PodDisruptionBudget/istio-pilot");
    }
}
