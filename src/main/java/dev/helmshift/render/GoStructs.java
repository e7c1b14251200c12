package dev.helmshift.render;

import dev.helmshift.template.exec.GoFunction;
import dev.helmshift.template.exec.GoStruct;
import dev.helmshift.template.exec.GoType;
import dev.helmshift.template.exec.Signature;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * How the Go structs of {@code .Capabilities} and {@code .Files} look to templates: Go type names, exported fields,
 * methods, and {@code %v} printing as helm v4.1.4 shows them.
 */
final class GoStructs {
    private GoStructs() {
    }

    /** {@code *common.Capabilities}. */
    static GoStruct capabilities(Capabilities caps) {
        Object kube = kubeVersion(caps.kubeVersion());
        Object apis = new VersionSet(caps.apiVersions().versions());
        Object helm = buildInfo(caps.helmVersion());
        Object tiller = caps.tillerVersion() == null ? null : tillerVersion(caps.tillerVersion());
        return new Struct("*common.Capabilities", name -> switch (name) {
            case "KubeVersion" -> kube;
            case "APIVersions" -> apis;
            case "HelmVersion" -> helm;
            case "TillerVersion" -> tiller == null ? GoStruct.NO_FIELD : tiller;
            default -> GoStruct.NO_FIELD;
        }, Map.of(), () -> "&{" + print(kube) + " " + print(apis) + " " + print(helm) + "}");
    }

    /** {@code common.KubeVersion}: fields Version, Major, Minor; methods String and GitVersion. */
    static GoStruct kubeVersion(KubeVersion kube) {
        return new Struct("common.KubeVersion", name -> switch (name) {
            case "Version" -> kube.version();
            case "Major" -> kube.major();
            case "Minor" -> kube.minor();
            default -> GoStruct.NO_FIELD;
        }, Map.of(
                "String", GoFunction.of("String", Signature.of(), (ctx, args) -> kube.toString()),
                "GitVersion", GoFunction.of("GitVersion", Signature.of(), (ctx, args) -> kube.gitVersion())),
                kube::toString);
    }

    /** {@code version.BuildInfo}. */
    static GoStruct buildInfo(Capabilities.HelmBuildInfo info) {
        return new Struct("version.BuildInfo", name -> switch (name) {
            case "Version" -> info.version();
            case "GitCommit" -> info.gitCommit();
            case "GitTreeState" -> info.gitTreeState();
            case "GoVersion" -> info.goVersion();
            case "KubeClientVersion" -> info.kubeClientVersion();
            default -> GoStruct.NO_FIELD;
        }, Map.of(), info::toString);
    }

    /** Helm 2's {@code *version.Version} (TillerVersion): SemVer, GitCommit, GitTreeState. */
    static GoStruct tillerVersion(String semver) {
        return new Struct("*version.Version", name -> switch (name) {
            case "SemVer" -> semver;
            case "GitCommit", "GitTreeState" -> "";
            default -> GoStruct.NO_FIELD;
        }, Map.of(), () -> "semver:\"" + semver + "\" ");
    }

    /** {@code .Files} ({@code engine.files}): Get, GetBytes, Glob, AsConfig, AsSecrets, Lines; ranges as a map. */
    static GoStruct files(HelmFiles files) {
        return new FilesValue(files);
    }

    /** Go's []byte shown as the value model can: a list of its byte values (what %v prints for []byte). */
    private static List<Object> bytes(byte[] content) {
        List<Object> values = new ArrayList<>(content.length);
        for (byte b : content) {
            values.add(b & 0xFF);
        }
        return values;
    }

    private static String print(Object value) {
        if (value instanceof GoStruct struct) {
            return struct.goString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : " ").append(print(list.get(i)));
            }
            return out.append(']').toString();
        }
        return String.valueOf(value);
    }

    private interface Fields {
        Object get(String name);
    }

    private record Struct(String goTypeName, Fields fields, Map<String, GoFunction> methods, Supplier<String> printer)
            implements GoStruct {
        @Override
        public Object field(String name) {
            return fields.get(name);
        }

        @Override
        public GoFunction method(String name) {
            return methods.get(name);
        }

        @Override
        public String goString() {
            return printer.get();
        }
    }

    /**
     * {@code engine.files}, a {@code map[string][]byte} with methods: templates call its methods
     * ({@code .Files.Get}) and range over it ({@code range $path, $bytes := .Files.Glob "x/*"}) in path order.
     */
    static final class FilesValue extends AbstractMap<String, Object> implements GoStruct {
        private final HelmFiles files;
        private final Map<String, GoFunction> methods;

        FilesValue(HelmFiles files) {
            this.files = files;
            this.methods = Map.of(
                    "Get", GoFunction.of("Get", Signature.of(GoType.STRING), (ctx, args) -> files.get((String) args[0])),
                    "GetBytes", GoFunction.of("GetBytes", Signature.of(GoType.STRING),
                            (ctx, args) -> files.getBytes((String) args[0])),
                    "Glob", GoFunction.of("Glob", Signature.of(GoType.STRING),
                            (ctx, args) -> new FilesValue(files.glob((String) args[0]))),
                    "AsConfig", GoFunction.of("AsConfig", Signature.of(), (ctx, args) -> files.asConfig()),
                    "AsSecrets", GoFunction.of("AsSecrets", Signature.of(), (ctx, args) -> files.asSecrets()),
                    "Lines", GoFunction.of("Lines", Signature.of(GoType.STRING),
                            (ctx, args) -> files.lines((String) args[0])));
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> view = new TreeMap<>();
            files.entries().forEach((path, content) -> view.put(path, content.clone()));
            return view.entrySet();
        }

        @Override
        public String goTypeName() {
            return "engine.files";
        }

        @Override
        public Object field(String name) {
            return GoStruct.NO_FIELD;
        }

        @Override
        public GoFunction method(String name) {
            return methods.get(name);
        }

        @Override
        public String goString() {
            StringBuilder out = new StringBuilder("map[");
            files.entries().forEach((k, v) -> out.append(out.length() > 4 ? " " : "").append(k).append(':')
                    .append(print(bytes(v))));
            return out.append(']').toString();
        }
    }

    /** {@code common.VersionSet}: a []string that templates can range over, with the method {@code Has}. */
    static final class VersionSet extends AbstractList<Object> implements GoStruct {
        private final List<String> versions;

        VersionSet(List<String> versions) {
            this.versions = List.copyOf(versions);
        }

        @Override
        public Object get(int index) {
            return versions.get(index);
        }

        @Override
        public int size() {
            return versions.size();
        }

        @Override
        public String goTypeName() {
            return "common.VersionSet";
        }

        @Override
        public Object field(String name) {
            return GoStruct.NO_FIELD;
        }

        @Override
        public GoFunction method(String name) {
            return "Has".equals(name)
                    ? GoFunction.of("Has", Signature.of(GoType.STRING),
                    (ctx, args) -> versions.contains((String) args[0]))
                    : null;
        }

        @Override
        public String goString() {
            return "[" + String.join(" ", versions) + "]";
        }
    }
}
