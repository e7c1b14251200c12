package dev.helmshift.render;

import dev.helmshift.error.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapabilitiesTest {

    @ParameterizedTest(name = "--kube-version {0}")
    @CsvSource({
            "1.20, v1.20, v1.20, 1, 20",
            "v1.28.3, v1.28.3, v1.28.3, 1, 28",
            "1.29.1-gke.100, v1.29.1, v1.29.1-gke.100, 1, 29",
            "v1.30.0+k3s1, v1.30.0, v1.30.0+k3s1, 1, 30",
    })
    void parsesKubeVersionsAsHelmDoes(String given, String printed, String version, String major, String minor) {
        KubeVersion kube = KubeVersion.parse(given);
        assertThat(kube.toString()).isEqualTo(printed);
        assertThat(kube.version()).isEqualTo(version);
        assertThat(kube.gitVersion()).isEqualTo(version);
        assertThat(kube.major()).isEqualTo(major);
        assertThat(kube.minor()).isEqualTo(minor);
    }

    @Test
    void rejectsAKubeVersionWithoutMajorAndMinorWithHelmsMessage() {
        assertThatThrownBy(() -> KubeVersion.parse("abc"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("invalid kube version 'abc': could not parse \"abc\" as version");
    }

    @Test
    void defaultsAreThoseOfHelm414() {
        Capabilities caps = Capabilities.helmDefaults();
        assertThat(caps.kubeVersion().toString()).isEqualTo("v1.35.0");
        assertThat(caps.apiVersions().versions()).hasSize(57).startsWith("v1", "admissionregistration.k8s.io/v1")
                .endsWith("apiextensions.k8s.io/v1");
        assertThat(caps.apiVersions().has("apps/v1")).isTrue();
        assertThat(caps.apiVersions().has("apps/v1/Deployment")).isFalse();
        assertThat(caps.helmVersion().toString())
                .isEqualTo("{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}");
        assertThat(caps.tillerVersion()).isNull();
    }

    @Test
    void extraApiVersionsAreAppended() {
        ApiVersions apis = ApiVersions.DEFAULT.plus(List.of("apps/v1/Deployment"));
        assertThat(apis.versions()).hasSize(58).endsWith("apps/v1/Deployment");
        assertThat(apis.has("apps/v1/Deployment")).isTrue();
    }
}
