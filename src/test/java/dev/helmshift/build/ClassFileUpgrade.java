package dev.helmshift.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A build step (pom.xml runs it on target/quarkus-app/lib/main after quarkus:build): rewrites class files compiled for
 * Java 5 or older (class file version below 50) as Java 8 class files (52), with the stack map frames the JVM's split
 * verifier needs. The instructions stay as they are.
 * <p>
 * Why: the JDK's start-up caches (AppCDS, the Java 25 AOT cache) never hold such old classes ("Skipping ...: Old class
 * has been linked"), so every process parses them and verifies them with the old, slow verifier again. picocli, 170 of
 * them on every command, is compiled for Java 5; with its classes upgraded, the main thread of one {@code shift step}
 * spent 253 ms of CPU instead of 309 ms (Java 25 with the AOT cache, measured here).
 * <p>
 * Usage: {@code ClassFileUpgrade DIR|JAR...}: every jar given or in a folder given is rewritten in place if it holds
 * an old class; a signed jar is left alone (its signature would no longer match).
 */
public final class ClassFileUpgrade {
    static final int FIRST_WITH_FRAMES = 50;

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            Path location = Path.of(arg);
            List<Path> jars = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().forEach(jars::add);
                }
            } else {
                jars.add(location);
            }
            for (Path jar : jars) {
                int upgraded = upgrade(jar);
                if (upgraded > 0) {
                    System.out.println("class-file-upgrade: " + jar.getFileName() + ": " + upgraded + " classes to Java 8 class files");
                }
            }
        }
    }

    /** Rewrites {@code jar} in place when it holds old classes; returns how many were upgraded (0: untouched). */
    static int upgrade(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            boolean signed = entries.stream().anyMatch(e -> e.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)"));
            if (signed || entries.stream().noneMatch(e -> isOld(zip, e))) {
                return 0;
            }
            Path upgraded = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
            int count = 0;
            try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                 OutputStream file = Files.newOutputStream(upgraded);
                 ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry : entries) {
                    byte[] bytes = read(zip, entry);
                    if (isOld(zip, entry)) {
                        bytes = upgrade(bytes, classes);
                        count++;
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(upgraded);
                throw e;
            }
            Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return count;
        }
    }

    /** The class file as Java 8, frames computed against the other classes of its jar and the JDK. */
    static byte[] upgrade(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static boolean isOld(ZipFile zip, ZipEntry entry) {
        if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
            return false;
        }
        byte[] header = new byte[8];
        try (InputStream in = zip.getInputStream(entry)) {
            if (in.readNBytes(header, 0, 8) < 8) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        return major < FIRST_WITH_FRAMES;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
