package dev.helmshift.k8s;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An API server and how to authenticate to it, as {@link KubeEndpoints} resolves it without fabric8.
 *
 * @param server                 the API server's URL (http or https)
 * @param certificateAuthorities PEM text of the CAs to trust (null: the JDK's default trust store)
 * @param insecure               true to trust any certificate and host name ({@code insecure-skip-tls-verify})
 * @param token                  a bearer token (null: none, or from {@code tokenFile})
 * @param tokenFile              a file holding the bearer token, re-read as it rotates (null: none)
 * @param namespace              the namespace of the context or service account (null: none given)
 * @param source                 where this came from, for messages (a kubeconfig path or "in-cluster service account")
 */
public record KubeEndpoint(URI server, String certificateAuthorities, boolean insecure, String token, Path tokenFile,
                           String namespace, String source) {
    public KubeEndpoint {
        Objects.requireNonNull(server);
        Objects.requireNonNull(source);
    }

    boolean https() {
        return "https".equalsIgnoreCase(server.getScheme());
    }
}
