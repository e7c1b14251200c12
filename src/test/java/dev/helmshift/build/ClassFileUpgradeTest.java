package dev.helmshift.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The real picocli jar (Java 5 class files) comes out as Java 8 class files that the JVM verifies and runs. */
class ClassFileUpgradeTest {

    static Path picocliJar() throws Exception {
        return Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static int major(ZipFile zip, ZipEntry entry) throws Exception {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] header = in.readNBytes(8);
            return ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        }
    }

    @Test
    void picocliBecomesJava8ClassFilesThatVerifyAndParseACommandLine(@TempDir Path dir) throws Exception {
        Path jar = Files.copy(picocliJar(), dir.resolve("picocli.jar"));
        List<String> before;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            before = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            ZipEntry commandLine = zip.getEntry("picocli/CommandLine.class");
            assertThat(major(zip, commandLine)).as("picocli ships Java 5 class files").isLessThan(ClassFileUpgrade.FIRST_WITH_FRAMES);
        }

        int upgraded = ClassFileUpgrade.upgrade(jar);

        assertThat(upgraded).isGreaterThan(100);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList()).isEqualTo(before);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    assertThat(major(zip, entry)).as(entry.getName()).isEqualTo(52);
                }
            }
        }
        assertThat(ClassFileUpgrade.upgrade(jar)).as("a second run finds nothing old").isZero();
        // Loaded in a fresh loader, the classes pass the split verifier and still parse a command line.
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> commandLine = Class.forName("picocli.CommandLine", true, loader);
            Class<?> spec = Class.forName("picocli.CommandLine$Model$CommandSpec", true, loader);
            Object model = spec.getMethod("create").invoke(null);
            Class<?> optionSpec = Class.forName("picocli.CommandLine$Model$OptionSpec", true, loader);
            Object builder = optionSpec.getMethod("builder", String[].class).invoke(null, (Object) new String[] {"--policy"});
            Method type = builder.getClass().getMethod("type", Class.class);
            type.setAccessible(true);
            type.invoke(builder, String.class);
            Method build = builder.getClass().getMethod("build");
            build.setAccessible(true);
            spec.getMethod("addOption", optionSpec).invoke(model, build.invoke(builder));
            Object cli = commandLine.getConstructor(Object.class).newInstance(model);
            Object parsed = commandLine.getMethod("parseArgs", String[].class).invoke(cli, (Object) new String[] {"--policy", "p.yaml"});
            Object value = parsed.getClass().getMethod("matchedOptionValue", String.class, Object.class).invoke(parsed, "--policy", null);
            assertThat(value).isEqualTo("p.yaml");
        }
    }
}
