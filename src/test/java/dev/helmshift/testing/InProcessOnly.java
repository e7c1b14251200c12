package dev.helmshift.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a CLI test that runs in-process only (Surefire), not again against the packaged jar or native binary
 * (the {@code *IT} subclasses under Failsafe, which excludes this tag). Each IT launch costs a process start, so the
 * ITs keep one representative per command and behaviour; the variants marked here exercise the same code paths.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Tag(InProcessOnly.TAG)
public @interface InProcessOnly {
    String TAG = "in-process-only";
}
