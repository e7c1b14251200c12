package dev.helmshift.k8s;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import java.net.http.HttpClient;
import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The JDK's default TLS set up only when a TLS connection is made. {@link HttpClient} builds the default
 * {@link SSLContext} as it is built itself, which parses the JDK's trusted CA certificates: about 65 ms of CPU with the
 * AOT cache, measured here, a fifth of a whole step, spent even when every endpoint is plain http (the demo, an
 * in-cluster Prometheus). With {@link #context()} and {@link #parameters()} on the builder, the client touches the
 * default context on its first TLS handshake instead; TLS then behaves exactly as with the default context.
 */
public final class LazyTls {
    /** The protocols the JDK enables for clients by default (TLS 1.0 and 1.1 are disabled by its security policy). */
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private LazyTls() {
    }

    /** A context that is the JDK's default one from the first use on. */
    public static SSLContext context() {
        return new SSLContext(new DefaultOnFirstUse(), null, "Default") {
        };
    }

    /**
     * Client parameters that need no context to compute (the client would otherwise ask the context for its
     * defaults at once): the default protocols, and the context's own cipher suites (none given).
     */
    public static SSLParameters parameters() {
        return new SSLParameters(null, PROTOCOLS.clone());
    }

    private static final class DefaultOnFirstUse extends SSLContextSpi {
        private volatile SSLContext delegate;

        private SSLContext delegate() {
            SSLContext d = delegate;
            if (d == null) {
                try {
                    d = SSLContext.getDefault();
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException("the JDK has no default TLS context", e);
                }
                delegate = d;
            }
            return d;
        }

        @Override
        protected void engineInit(javax.net.ssl.KeyManager[] km, javax.net.ssl.TrustManager[] tm, SecureRandom sr)
                throws KeyManagementException {
            throw new KeyManagementException("the default context is initialized by the JDK");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return delegate().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return delegate().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return delegate().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return delegate().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return delegate().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return delegate().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return delegate().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return delegate().getSupportedSSLParameters();
        }
    }
}
