package dev.helmshift.k8s;

import dev.helmshift.error.BadInputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the API server and credentials the way fabric8's {@code Config.autoConfigure} does, for the cases a step
 * meets most, without fabric8: building fabric8's typed kubeconfig model and client is most of a short step's start-up.
 * <ul>
 *   <li>a kubeconfig (the {@code kubeconfig} property, else {@code KUBECONFIG}, else ~/.kube/config; exactly one of
 *       the listed files present) whose current context's cluster has a server, a CA (data or file) or
 *       {@code insecure-skip-tls-verify}, and whose user has a bearer {@code token} or nothing;</li>
 *   <li>else, inside a pod, the service account: {@code KUBERNETES_SERVICE_HOST}/{@code _PORT}, its token file (re-read
 *       as the kubelet rotates it), CA and namespace. No YAML is parsed.</li>
 * </ul>
 * Anything else (exec credential plugins, client certificates, auth providers, basic auth, impersonation, a proxy,
 * several kubeconfig files to merge, a {@code kubernetes.*} property or variable) is left to fabric8: the result is
 * then {@link Resolution#fabric8} with the reason, and the caller builds fabric8's client, which knows all of it.
 */
public final class KubeEndpoints {
    static final Path SERVICE_ACCOUNT = Path.of("/var/run/secrets/kubernetes.io/serviceaccount");
    /**
     * fabric8's other settings by system property; each has a variable of the same name in upper case with '_'.
     * {@code http2.disable} is among them: the JDK transport speaks HTTP/2 over TLS.
     */
    private static final Set<String> FABRIC8_PROPERTIES = Set.of("kubenamespace", "http.proxy", "https.proxy", "all.proxy",
            "no.proxy", "proxy.username", "proxy.password", "http2.disable");
    private static final Set<String> CLUSTER_KEYS = Set.of("server", "certificate-authority", "certificate-authority-data",
            "insecure-skip-tls-verify");
    private static final Set<String> USER_KEYS = Set.of("token");

    private final Map<String, String> env;
    private final Map<String, String> properties;
    private final Path serviceAccount;

    KubeEndpoints(Map<String, String> env, Map<String, String> properties, Path serviceAccount) {
        this.env = env;
        this.properties = properties;
        this.serviceAccount = serviceAccount;
    }

    /** This process's environment and system properties. */
    public static KubeEndpoints ofProcess() {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return new KubeEndpoints(System.getenv(), props, SERVICE_ACCOUNT);
    }

    /** Either an endpoint resolved here, or why fabric8 should configure the client. */
    public record Resolution(KubeEndpoint endpoint, String fabric8Reason) {
        static Resolution of(KubeEndpoint endpoint) {
            return new Resolution(endpoint, null);
        }

        static Resolution fabric8(String reason) {
            return new Resolution(null, reason);
        }
    }

    public Resolution resolve() {
        String setting = fabric8Setting();
        if (setting != null) {
            return Resolution.fabric8(setting + " is set");
        }
        List<Path> kubeconfigs = kubeconfigFiles();
        if (kubeconfigs.size() > 1) {
            return Resolution.fabric8("several kubeconfig files to merge");
        }
        if (kubeconfigs.size() == 1) {
            return fromKubeconfig(kubeconfigs.get(0));
        }
        return inCluster();
    }

    /** The first fabric8 setting found among the system properties and variables, or null. */
    private String fabric8Setting() {
        for (String key : properties.keySet()) {
            if (key.startsWith("kubernetes.") || FABRIC8_PROPERTIES.contains(key)) {
                return "the system property " + key;
            }
        }
        for (String key : env.keySet()) {
            boolean podVariable = key.startsWith("KUBERNETES_SERVICE_") || key.equals("KUBERNETES_PORT") || key.startsWith("KUBERNETES_PORT_");
            boolean fabric8 = FABRIC8_PROPERTIES.stream().anyMatch(p -> variable(p).equals(key));
            if ((key.startsWith("KUBERNETES_") && !podVariable) || fabric8) {
                return "the variable " + key;
            }
        }
        return null;
    }

    private static String variable(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    /**
     * As fabric8 lists them: the property or variable split at the path separator, else ~/.kube/config; present,
     * readable, non-empty files only. Not decoded here: a file we cannot decode still counts (fabric8 reads it with
     * replacement), so it never lets the service account of the pod stand in for the cluster it names.
     */
    private List<Path> kubeconfigFiles() {
        String listed = properties.getOrDefault("kubeconfig", env.get("KUBECONFIG"));
        if (listed == null) {
            listed = home().resolve(".kube").resolve("config").toString();
        }
        List<Path> files = new ArrayList<>();
        for (String name : listed.split(File.pathSeparator)) {
            Path file = Path.of(name);
            try {
                if (Files.isRegularFile(file) && Files.isReadable(file) && Files.size(file) > 0) {
                    files.add(file);
                }
            } catch (IOException e) {
                // Unreadable: fabric8 skips it too.
            }
        }
        return files;
    }

    private Path home() {
        String home = env.get("HOME");
        if (home != null && !home.isEmpty() && Files.isDirectory(Path.of(home))) {
            return Path.of(home);
        }
        return Path.of(properties.getOrDefault("user.home", "."));
    }

    private Resolution fromKubeconfig(Path file) {
        Map<?, ?> config;
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
            if (!(doc instanceof Map<?, ?> map)) {
                return Resolution.fabric8("the kubeconfig " + file + " is not a mapping");
            }
            config = map;
        } catch (IOException | YAMLException e) {
            return Resolution.fabric8("the kubeconfig " + file + " cannot be read here: " + e.getMessage());
        }
        Map<?, ?> context = named(config, "contexts", "context", config.get("current-context"));
        if (context == null) {
            return Resolution.fabric8("the kubeconfig " + file + " has no current context");
        }
        Map<?, ?> cluster = named(config, "clusters", "cluster", context.get("cluster"));
        Map<?, ?> user = named(config, "users", "user", context.get("user"));
        if (cluster == null || !(cluster.get("server") instanceof String server) || !server.contains("://")) {
            return Resolution.fabric8("the current context of " + file + " names no cluster with a server URL");
        }
        String other = firstOtherKey(cluster, CLUSTER_KEYS);
        if (other == null && user != null) {
            other = firstOtherKey(user, USER_KEYS);
        }
        if (other != null) {
            return Resolution.fabric8("the kubeconfig " + file + " uses " + other);
        }
        String ca;
        try {
            ca = certificateAuthorities(file, cluster);
        } catch (IOException | IllegalArgumentException e) {
            return Resolution.fabric8("the CA of " + file + " cannot be read here: " + e.getMessage());
        }
        boolean insecure = Boolean.TRUE.equals(cluster.get("insecure-skip-tls-verify"));
        String token = user == null || !(user.get("token") instanceof String t) || t.isEmpty() ? null : t;
        if (token != null && hasControlCharacter(token)) {
            // As client-go, which sends the token as written and whose HTTP client then refuses the header. The value
            // is a secret: named by its key only.
            throw new BadInputException("the kubeconfig " + file + " has a control character (a line break?) in users["
                    + context.get("user") + "].user.token",
                    "write the token on one line without trailing spaces or line breaks (a YAML block scalar 'token: |' keeps the final line break; use 'token: |-')");
        }
        String namespace = context.get("namespace") instanceof String ns && !ns.isEmpty() ? ns : null;
        return Resolution.of(new KubeEndpoint(URI.create(server), ca, insecure, token, null, namespace, file.toString()));
    }

    /** A character an HTTP header value cannot hold: below U+0020 (tab, CR, LF, ...) or DEL. */
    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The {@code key} body of the entry of list {@code list} named {@code name}; null when absent. */
    private static Map<?, ?> named(Map<?, ?> config, String list, String key, Object name) {
        if (!(name instanceof String wanted) || !(config.get(list) instanceof List<?> entries)) {
            return null;
        }
        for (Object entry : entries) {
            if (entry instanceof Map<?, ?> m && wanted.equals(m.get("name"))) {
                return m.get(key) instanceof Map<?, ?> body ? body : Map.of();
            }
        }
        return null;
    }

    private static String firstOtherKey(Map<?, ?> body, Set<String> known) {
        for (Map.Entry<?, ?> e : body.entrySet()) {
            if (!known.contains(String.valueOf(e.getKey())) && e.getValue() != null && !"extensions".equals(e.getKey())) {
                return String.valueOf(e.getKey());
            }
        }
        return null;
    }

    /** The PEM of certificate-authority-data, else of the certificate-authority file (relative to the kubeconfig). */
    private static String certificateAuthorities(Path kubeconfig, Map<?, ?> cluster) throws IOException {
        if (cluster.get("certificate-authority-data") instanceof String data && !data.isEmpty()) {
            return new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8);
        }
        if (cluster.get("certificate-authority") instanceof String name && !name.isEmpty()) {
            Path parent = kubeconfig.toAbsolutePath().getParent();
            return Files.readString(parent.resolve(name), StandardCharsets.UTF_8);
        }
        return null;
    }

    private Resolution inCluster() {
        String host = env.get("KUBERNETES_SERVICE_HOST");
        String port = env.get("KUBERNETES_SERVICE_PORT");
        if (host == null || port == null) {
            return Resolution.fabric8("no kubeconfig and not inside a pod");
        }
        String hostPort = host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
        Path caFile = serviceAccount.resolve("ca.crt");
        Path tokenFile = serviceAccount.resolve("token");
        Path namespaceFile = serviceAccount.resolve("namespace");
        try {
            String ca = Files.isRegularFile(caFile) ? Files.readString(caFile, StandardCharsets.UTF_8) : null;
            String namespace = Files.isRegularFile(namespaceFile) ? Files.readString(namespaceFile, StandardCharsets.UTF_8).strip() : null;
            return Resolution.of(new KubeEndpoint(URI.create("https://" + hostPort), ca, false, null,
                    Files.isRegularFile(tokenFile) ? tokenFile : null, namespace == null || namespace.isEmpty() ? null : namespace,
                    "in-cluster service account"));
        } catch (IOException e) {
            return Resolution.fabric8("the service account files cannot be read here: " + e.getMessage());
        }
    }
}
