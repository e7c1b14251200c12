package dev.helmshift.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HelmFilesTest {

    // A stand-in for Helm's toYaml that shows exactly which map AsConfig/AsSecrets hand over.
    private static String fakeYaml(Object map) {
        return ((Map<?, ?>) map).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    private final HelmFiles files = new HelmFiles(Map.of(
            "files/a.conf", bytes("alpha\nbeta\n"),
            "files/sub/b.conf", bytes("b"),
            "README.md", bytes("readme")), HelmFilesTest::fakeYaml);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void getReturnsContentOrEmptyForFilesOutsideTheChart() {
        assertThat(files.get("README.md")).isEqualTo("readme");
        assertThat(files.get("../secret")).isEmpty();
        assertThat(files.get("/etc/passwd")).isEmpty();
        assertThat(files.getBytes("nope")).isEmpty();
    }

    @Test
    void globUsesSingleStarWithinASegmentAndDoubleStarAcrossSegments() {
        assertThat(files.glob("files/*").entries()).containsOnlyKeys("files/a.conf");
        assertThat(files.glob("files/**").entries()).containsOnlyKeys("files/a.conf", "files/sub/b.conf");
        assertThat(files.glob("{README.md,files/a.*}").entries()).containsOnlyKeys("README.md", "files/a.conf");
    }

    @Test
    void asConfigAndAsSecretsKeyByBaseName() {
        assertThat(files.glob("files/**").asConfig()).isEqualTo("a.conf=alpha\nbeta\n;b.conf=b");
        assertThat(files.glob("files/sub/*").asSecrets()).isEqualTo("b.conf=Yg==");
    }

    @Test
    void linesDropsOneTrailingNewline() {
        assertThat(files.lines("files/a.conf")).containsExactly("alpha", "beta");
        assertThat(files.lines("absent")).isEmpty();
    }

    @Test
    void entriesIterateInPathOrder() {
        assertThat(new TreeMap<>(files.entries()).keySet()).containsExactly("README.md", "files/a.conf", "files/sub/b.conf");
    }
}
