package dev.helmshift.analysis.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes the noise of an upgrade before objects are compared:
 * <ul>
 *   <li>chart version labels, anywhere a {@code labels} map appears: {@code chart} (Helm 2's {@code name-version}),
 *   {@code helm.sh/chart}, {@code app.kubernetes.io/version}, and {@code heritage} (Tiller became Helm);</li>
 *   <li>Secret {@code data}/{@code stringData} values: replaced by {@code <redacted sha256:12 hex>} so a change still
 *   shows, the secret does not.</li>
 * </ul>
 * Keys are sorted at every level so the YAML of two versions lines up.
 */
public final class ManifestNormalizer {
    static final Set<String> NOISY_LABELS = Set.of("chart", "helm.sh/chart", "app.kubernetes.io/version", "heritage");

    private ManifestNormalizer() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> normalize(String kind, Map<String, Object> body) {
        Map<String, Object> out = (Map<String, Object>) clean(body, "");
        if (kind.equals("Secret")) {
            for (String field : List.of("data", "stringData")) {
                if (out.get(field) instanceof Map<?, ?> data) {
                    Map<String, Object> redacted = new TreeMap<>();
                    data.forEach((k, v) -> redacted.put(String.valueOf(k), redact(String.valueOf(v))));
                    out.put(field, redacted);
                }
            }
        }
        return out;
    }

    private static Object clean(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> {
                String name = String.valueOf(k);
                if (!(key.equals("labels") && NOISY_LABELS.contains(name))) {
                    sorted.put(name, clean(v, name));
                }
            });
            return new LinkedHashMap<>(sorted);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(v -> clean(v, "")).toList();
        }
        return node;
    }

    static String redact(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "<redacted sha256:" + HexFormat.of().formatHex(hash).substring(0, 12) + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
