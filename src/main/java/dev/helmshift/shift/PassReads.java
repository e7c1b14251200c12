package dev.helmshift.shift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helmshift.k8s.DeploymentStatus;
import dev.helmshift.k8s.Deployments;
import dev.helmshift.k8s.IstioApi;
import dev.helmshift.k8s.KubeException;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first reads of one pass over many policies. In a namespace that holds {@value #LIST_FROM} or more of the pass's
 * policies, each kind (VirtualServices, DestinationRules, Deployments) is listed once, when a policy first needs it, and
 * every policy of the namespace is answered from that list: one request instead of one per policy. Elsewhere objects
 * are read one by one. A listed object is as old as the list, at most one pass: a VirtualService that changed since is
 * caught by the write's resourceVersion test (a conflict, then a live re-read), and gates read at the start of the pass
 * are what a sequential pass would have read a moment earlier. A Role without {@code list} on a kind makes that kind
 * fall back to reads one by one, with one warning.
 */
final class PassReads implements ClusterReads {
    private static final Logger LOG = Logger.getLogger(PassReads.class);
    static final int LIST_FROM = 2;

    private final IstioApi istio;
    private final Deployments deployments;
    private final ClusterReads oneByOne;
    private final Set<String> listedNamespaces;
    private final Map<String, IstioApi.Lookup> virtualServices = new ConcurrentHashMap<>();
    private final Map<String, IstioApi.Lookup> destinationRules = new ConcurrentHashMap<>();
    private final Map<String, Function<String, DeploymentStatus>> deploymentsByNamespace = new ConcurrentHashMap<>();

    PassReads(IstioApi istio, List<ShiftPolicy> policies) {
        this.istio = istio;
        this.deployments = new Deployments(istio.api());
        this.oneByOne = new LiveReads(istio);
        this.listedNamespaces = policies.stream().collect(Collectors.groupingBy(ShiftPolicy::namespace, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() >= LIST_FROM).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Override
    public Optional<ObjectNode> virtualService(ShiftPolicy policy) {
        if (!listedNamespaces.contains(policy.namespace())) {
            return oneByOne.virtualService(policy);
        }
        IstioApi.Lookup lookup = virtualServices.computeIfAbsent(policy.namespace(), ns -> listedOrDirect(ns, "virtualservices"));
        return istio.findVirtualService(policy.virtualService(), policy.istioVersion(), lookup);
    }

    @Override
    public Optional<ObjectNode> destinationRule(ShiftPolicy policy, List<String> names) {
        if (!listedNamespaces.contains(policy.namespace())) {
            return oneByOne.destinationRule(policy, names);
        }
        IstioApi.Lookup lookup = destinationRules.computeIfAbsent(policy.namespace(), ns -> listedOrDirect(ns, "destinationrules"));
        return istio.destinationRuleFor(policy.namespace(), policy.host(), names, policy.istioVersion(), lookup);
    }

    @Override
    public DeploymentStatus deployment(String namespace, String name) {
        if (!listedNamespaces.contains(namespace)) {
            return oneByOne.deployment(namespace, name);
        }
        return deploymentsByNamespace.computeIfAbsent(namespace, ns -> {
            try {
                return deployments.listed(ns);
            } catch (KubeException e) {
                if (e.status() != 403) {
                    throw e;
                }
                warnForbidden(ns, "deployments", e);
                return n -> deployments.status(ns, n);
            }
        }).apply(name);
    }

    /** The listed lookup, turning into GETs one by one if the list is forbidden. */
    private IstioApi.Lookup listedOrDirect(String namespace, String plural) {
        IstioApi.Lookup listed = istio.listed(namespace, plural);
        IstioApi.Lookup direct = istio.direct(namespace, plural);
        AtomicBoolean forbidden = new AtomicBoolean();
        return (version, name) -> {
            if (!forbidden.get()) {
                try {
                    return listed.find(version, name);
                } catch (KubeException e) {
                    if (e.status() != 403) {
                        throw e;
                    }
                    if (forbidden.compareAndSet(false, true)) {
                        warnForbidden(namespace, plural, e);
                    }
                }
            }
            return direct.find(version, name);
        };
    }

    private static void warnForbidden(String namespace, String plural, KubeException e) {
        LOG.warnf("[%s] cannot list %s (%s); reading them one by one: grant list on %s to read a namespace in one request",
                namespace, plural, e.getMessage(), plural);
    }
}
