package dev.helmshift.cli;

import dev.helmshift.cli.shift.PolicyOptions;
import dev.helmshift.template.GoCompat;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What a GraalVM native image must keep for reflection that quarkus-picocli does not register by itself. The extension
 * registers every class with @Command/@Option/@Parameters/@Mixin/@ArgGroup/@Spec members (so our commands and mixins),
 * but not the types those options convert to, nor classes named in annotation attributes (converter,
 * completionCandidates, versionProvider, defaultValueProvider, parameterConsumer). picocli converts enum options with
 * getEnumConstants()/valueOf(), and lists their constants in help and completion; those enums are listed here, so
 * nothing depends on how a GraalVM version treats enums. NativeRegistrationsTest fails when an option uses a type or an
 * attribute class that is missing from this list.
 *
 * <p>Nothing else of ours is bound by reflection: JSON and YAML output is built as trees (report.Json, PlainValues).
 */
@RegisterForReflection(targets = {
        AnalyzeCommand.Format.class,
        CompletionCommand.Shell.class,
        FindingFormatNames.Check.class,
        FindingFormatNames.Validate.class,
        DiffCommand.Format.class,
        ImagesCommand.Format.class,
        ValuesDiffCommand.Format.class,
        PolicyOptions.OutputFormat.class,
        GoCompat.class,
})
final class NativeRegistrations {
    private NativeRegistrations() {
    }
}
