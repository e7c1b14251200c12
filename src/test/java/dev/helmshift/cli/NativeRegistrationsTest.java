package dev.helmshift.cli;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.helmshift.cli.nativefixture.PaintCommand;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps {@link NativeRegistrations} complete: what picocli reaches by reflection and quarkus-picocli does not register. */
class NativeRegistrationsTest {

    @Test
    void everyEnumOptionTypeAndAnnotationClassOfOurCommandsIsRegistered() throws ClassNotFoundException {
        Set<String> needed = new TreeSet<>();
        for (var javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.helmshift")) {
            needed.addAll(neededFor(Class.forName(javaClass.getName(), false, getClass().getClassLoader())));
        }
        assertThat(needed).as("what picocli reaches by reflection in our commands").isNotEmpty();
        assertThat(registered()).as("@RegisterForReflection targets of cli.NativeRegistrations").containsAll(needed);
    }

    @Test
    void theCheckFindsAnEnumOptionAConverterAndAVersionProvider() {
        assertThat(neededFor(PaintCommand.class)).containsExactly(
                PaintCommand.Color.class.getName(), PaintCommand.HexConverter.class.getName(),
                PaintCommand.Shade.class.getName(), PaintCommand.Version.class.getName());
        assertThat(registered()).doesNotContain(PaintCommand.Color.class.getName());
    }

    /** Classes picocli touches by reflection for one class: enum option types and classes named in annotations. */
    static Set<String> neededFor(Class<?> type) {
        Set<String> needed = new TreeSet<>();
        Command command = type.getAnnotation(Command.class);
        if (command != null) {
            addAll(needed, command.versionProvider(), command.defaultValueProvider(), command.modelTransformer(),
                    command.preprocessor());
        }
        Stream<AnnotatedElement> members = Stream.concat(Stream.of(type.getDeclaredFields()), Stream.of(type.getDeclaredMethods()));
        for (AnnotatedElement member : members.toList()) {
            Option option = member.getAnnotation(Option.class);
            Parameters parameters = member.getAnnotation(Parameters.class);
            if (option == null && parameters == null) {
                continue;
            }
            Type valueType = member instanceof Field f ? f.getGenericType() : setterType((Method) member);
            addEnums(needed, valueType);
            if (option != null) {
                addAll(needed, option.converter());
                addAll(needed, option.completionCandidates(), option.parameterConsumer(), option.preprocessor());
            } else {
                addAll(needed, parameters.converter());
                addAll(needed, parameters.completionCandidates(), parameters.parameterConsumer(), parameters.preprocessor());
            }
        }
        return needed;
    }

    private static Type setterType(Method method) {
        return method.getParameterCount() == 1 ? method.getGenericParameterTypes()[0] : method.getGenericReturnType();
    }

    private static void addEnums(Set<String> needed, Type type) {
        if (type instanceof Class<?> c) {
            if (c.isEnum()) {
                needed.add(c.getName());
            } else if (c.isArray()) {
                addEnums(needed, c.getComponentType());
            }
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                addEnums(needed, argument);
            }
        }
    }

    /** Picocli's own defaults (NoVersionProvider, NoCompletionCandidates, ...) need nothing from us. */
    private static void addAll(Set<String> needed, Class<?>... classes) {
        for (Class<?> c : classes) {
            if (!c.getName().startsWith("picocli.")) {
                needed.add(c.getName());
            }
        }
    }

    private static Set<String> registered() {
        RegisterForReflection registration = NativeRegistrations.class.getAnnotation(RegisterForReflection.class);
        Set<String> names = new TreeSet<>();
        Stream.of(registration.targets()).map(Class::getName).forEach(names::add);
        names.addAll(List.of(registration.classNames()));
        return names;
    }
}
