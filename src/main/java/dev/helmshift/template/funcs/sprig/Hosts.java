package dev.helmshift.template.funcs.sprig;

import dev.helmshift.template.exec.FunctionException;
import dev.helmshift.template.funcs.value.GoIp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;

/**
 * Sprig's getHostByName: one of the addresses the name resolves to, picked at random, as text in Go's form
 * ({@code 127.0.0.1}, {@code ::1}). Helm offers it only with {@code --enable-dns}; otherwise Helm's version returns
 * "" (see HelmFunctions). A name that does not resolve fails as Sprig's does, with Go's panic of
 * {@code rand.Intn(0)}.
 */
public final class Hosts {
    private Hosts() {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String getHostByName(String name) {
        InetAddress[] addresses;
        try {
            // Go's LookupHost("") is an error; the JDK would answer with the loopback address.
            addresses = name.isEmpty() ? new InetAddress[0] : InetAddress.getAllByName(name);
        } catch (UnknownHostException | SecurityException e) {
            addresses = new InetAddress[0];
        }
        if (addresses.length == 0) {
            throw new FunctionException("invalid argument to Intn");
        }
        return GoIp.format(addresses[RANDOM.nextInt(addresses.length)].getAddress());
    }
}
