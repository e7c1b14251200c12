package dev.helmshift.render;

import dev.helmshift.error.BadInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .Capabilities.KubeVersion}: parsed as Helm parses {@code --kube-version} (Kubernetes' generic version
 * parser: an optional {@code v}, at least major.minor, anything after the numeric part ignored for the normalized form).
 *
 * @param version    what the user gave, with a leading {@code v} ({@code .Version}, {@code .GitVersion})
 * @param normalized {@code v} + the numeric components ({@code String()}, what {@code {{ .Capabilities.KubeVersion }}} prints)
 * @param major      {@code .Major}
 * @param minor      {@code .Minor}
 */
public record KubeVersion(String version, String normalized, String major, String minor) {
    private static final Pattern GENERIC = Pattern.compile("^\\s*v?([0-9]+(?:\\.[0-9]+)*)(.*)$", Pattern.DOTALL);

    /** helm v4.1.4's default: one minor above its client-go (v0.35). */
    public static final KubeVersion DEFAULT = parse("v1.35.0");


    public static KubeVersion parse(String text) {
        Matcher m = GENERIC.matcher(text == null ? "" : text);
        String[] components = m.matches() ? m.group(1).split("\\.") : new String[0];
        if (components.length < 2) {
            throw new BadInputException("invalid kube version '" + text + "': could not parse \"" + text + "\" as version",
                    "give a Kubernetes version such as 1.29 or v1.29.3");
        }
        StringBuilder numeric = new StringBuilder("v");
        for (int i = 0; i < components.length; i++) {
            numeric.append(i == 0 ? "" : ".").append(Long.parseUnsignedLong(components[i]));
        }
        String gitVersion = text.startsWith("v") ? text : "v" + text;
        return new KubeVersion(gitVersion, numeric.toString(), String.valueOf(Long.parseUnsignedLong(components[0])),
                String.valueOf(Long.parseUnsignedLong(components[1])));
    }

    /** {@code .GitVersion}: the version as given. */
    public String gitVersion() {
        return version;
    }

    @Override
    public String toString() {
        return normalized;
    }
}
