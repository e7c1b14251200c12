package dev.helmshift.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.helmshift.analysis.apis.ApiRemovalTable;
import dev.helmshift.shift.PolicyLoader;
import dev.helmshift.shift.demo.DemoCluster;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GraalVM native image holds only the classpath resources it is told about: {@code quarkus.native.resources.includes}
 * in application.properties. A resource outside those globs is found by every JVM test and missing from the native
 * binary, so this test fails the build instead: every resource we package must match the globs, and every place that
 * reads a resource by name is listed here with the names it reads.
 */
class NativeResourcesTest {

    /** Every resource the main code reads by name, as a classpath path. */
    static final List<String> READ_BY_NAME = java.util.stream.Stream.concat(Stream.of(
            PolicyLoader.SCHEMA_RESOURCE,
            strip(dev.helmshift.analysis.policy.PolicyLoader.SCHEMA),
            strip(ApiRemovalTable.RESOURCE),
            DemoCluster.OBJECTS,
            "demo/policy.yaml",
            "dev/helmshift/render/helm-api-versions.txt"),
            dev.helmshift.chart.schema.engine.JsonSchema.metaSchemaResources().stream()).toList();

    /**
     * Read by name on the JVM only: cli.ConsoleLogging reads Quarkus' settings for the lean launch of the shift
     * commands, which a native executable never takes (it starts Quarkus, whose configuration is built in).
     */
    static final List<String> READ_ON_THE_JVM_ONLY = List.of("application.properties");

    /** The classes that call getResource*; a new caller must add what it reads to READ_BY_NAME or READ_ON_THE_JVM_ONLY. */
    static final Set<String> RESOURCE_READERS = Set.of(
            "dev.helmshift.cli.ConsoleLogging",
            "dev.helmshift.shift.PolicyLoader",
            "dev.helmshift.shift.demo.DemoCluster",
            "dev.helmshift.analysis.policy.PolicyLoader",
            "dev.helmshift.analysis.apis.ApiRemovalTable",
            "dev.helmshift.render.ApiVersions",
            "dev.helmshift.chart.schema.engine.MetaSchemaDocuments");

    /** Read by Quarkus at build time, or native-image configuration that native-image reads itself. */
    private static final List<Pattern> NOT_RUNTIME_RESOURCES = List.of(
            Pattern.compile("application\\.properties"), Pattern.compile("META-INF/native-image/.*"));

    @Test
    void everyResourceTheCodeReadsByNameIsPackagedAndIncludedInTheNativeImage() throws IOException {
        List<Pattern> includes = nativeIncludes();
        for (String name : READ_BY_NAME) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as("classpath resource %s", name).isNotNull();
                assertThat(in.readAllBytes()).as("classpath resource %s", name).isNotEmpty();
            }
            assertThat(matchesAny(includes, name))
                    .as("%s is read at run time but quarkus.native.resources.includes does not cover it", name)
                    .isTrue();
        }
    }

    @Test
    void whatIsReadOnTheJvmOnlyIsPackaged() throws IOException {
        for (String name : READ_ON_THE_JVM_ONLY) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
                assertThat(in).as("classpath resource %s", name).isNotNull();
            }
        }
    }

    @Test
    void everyPackagedResourceIsCoveredByTheNativeIncludes() throws IOException, URISyntaxException {
        List<Pattern> includes = nativeIncludes();
        Path classes = Path.of(PolicyLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> uncovered = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!name.endsWith(".class") && !matchesAny(NOT_RUNTIME_RESOURCES, name) && !matchesAny(includes, name)) {
                    uncovered.add(name);
                }
            }
        }
        assertThat(uncovered)
                .as("resources packaged but left out of the native image: add them to quarkus.native.resources.includes")
                .isEmpty();
    }

    @Test
    void onlyTheKnownReadersLoadResourcesByName() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.helmshift");
        Set<String> readers = new TreeSet<>();
        for (var javaClass : main) {
            for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                if ((owner.equals(Class.class.getName()) || owner.equals(ClassLoader.class.getName()))
                        && call.getName().startsWith("getResource")) {
                    readers.add(javaClass.getName().replaceAll("\\$.*", ""));
                }
            }
        }
        assertThat(readers)
                .as("a class reads classpath resources: list what it reads in READ_BY_NAME and the class in RESOURCE_READERS")
                .isEqualTo(new TreeSet<>(RESOURCE_READERS));
    }

    @Test
    void theGlobsMatchTheWayQuarkusDocumentsThem() {
        List<Pattern> p = globs("helmshift/**,policies/*.schema.json");

        assertThat(matchesAny(p, "helmshift/api-removals.yaml")).isTrue();
        assertThat(matchesAny(p, "helmshift/deep/x.json")).isTrue();
        assertThat(matchesAny(p, "policies/shift-policy.schema.json")).isTrue();
        assertThat(matchesAny(p, "policies/deep/shift-policy.schema.json")).isFalse();
        assertThat(matchesAny(p, "policies/shift-policy.yaml")).isFalse();
        assertThat(matchesAny(p, "demo/flaskapp.yaml")).isFalse();
    }

    private static List<Pattern> nativeIncludes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NativeResourcesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        }
        String includes = properties.getProperty("quarkus.native.resources.includes", "");
        assertThat(includes).as("quarkus.native.resources.includes in application.properties").isNotBlank();
        return globs(includes);
    }

    /** Quarkus' globs: '**' crosses directories, '*' and '?' stay inside one, ',' separates globs. */
    static List<Pattern> globs(String commaSeparated) {
        List<Pattern> patterns = new ArrayList<>();
        for (String glob : commaSeparated.split(",")) {
            StringBuilder regex = new StringBuilder();
            String g = glob.trim();
            for (int i = 0; i < g.length(); i++) {
                char c = g.charAt(i);
                if (g.startsWith("**/", i)) {
                    regex.append("(?:.*/)?");
                    i += 2;
                } else if (g.startsWith("**", i)) {
                    regex.append(".*");
                    i++;
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            patterns.add(Pattern.compile(regex.toString()));
        }
        return patterns;
    }

    private static boolean matchesAny(List<Pattern> patterns, String name) {
        return patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    private static String strip(String absolute) {
        return absolute.startsWith("/") ? absolute.substring(1) : absolute;
    }
}
