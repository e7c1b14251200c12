package dev.helmshift.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.helmshift.arch.violations.BindsARecordWithJackson;
import dev.helmshift.arch.violations.WritesARecordBehindJsonsBack;
import dev.helmshift.report.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Native-image rules of docs/ARCHITECTURE.md ("Native image"): Jackson never binds our classes by reflection. Reading
 * into a Class/TypeReference is forbidden everywhere; turning an Object into JSON goes through {@link Json}, which
 * checks that the value is plain (see report.PlainValues).
 */
class NativeImageRulesTest {

    private static final Set<String> BINDING_PARAMETER_TYPES = Set.of(
            "java.lang.Class", "com.fasterxml.jackson.core.type.TypeReference",
            "com.fasterxml.jackson.databind.JavaType", "com.fasterxml.jackson.core.type.ResolvedType");

    /** Jackson's entry points that serialize any Object: bean introspection when the Object is not plain. */
    private static final Set<String> OBJECT_WRITERS = Set.of(
            "valueToTree", "writeValueAsString", "writeValueAsBytes", "writeValue", "convertValue");

    static final ArchRule NO_JACKSON_DATA_BINDING = noClasses()
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "a Jackson method that binds to a Class, TypeReference or JavaType (readValue, treeToValue, ...)") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return isJackson(call.getTargetOwner()) && call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(t -> BINDING_PARAMETER_TYPES.contains(t.getName()));
                }
            })
            .because("records bound by reflection need registration in a native image; build or read Jackson trees")
            .allowEmptyShould(true);

    static final ArchRule ONLY_JSON_SERIALIZES_OBJECTS = noClasses().that().doNotHaveFullyQualifiedName(Json.class.getName())
            .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                    "Jackson's Object serializers (valueToTree, writeValueAsString, writeValue, ...)") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return isJackson(call.getTargetOwner()) && OBJECT_WRITERS.contains(call.getName());
                }
            })
            .because("report.Json checks that the value is plain (no records or enums bound by reflection)")
            .allowEmptyShould(true);

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.helmshift");
    }

    private static boolean isJackson(JavaClass owner) {
        return owner.getPackageName().startsWith("com.fasterxml.jackson.");
    }

    @Test
    void noMainClassBindsJsonToAClassByReflection() {
        NO_JACKSON_DATA_BINDING.check(mainClasses);
    }

    @Test
    void onlyReportJsonTurnsJavaObjectsIntoJson() {
        ONLY_JSON_SERIALIZES_OBJECTS.check(mainClasses);
    }

    @Test
    void theBindingRuleFailsOnAClassThatReadsJsonIntoARecord() {
        JavaClasses violation = new ClassFileImporter().importClasses(BindsARecordWithJackson.class);
        assertThatThrownBy(() -> NO_JACKSON_DATA_BINDING.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("BindsARecordWithJackson.read")
                .hasMessageContaining("ObjectMapper.readValue(java.lang.String, java.lang.Class)")
                .hasMessageContaining("ObjectMapper.treeToValue(");
    }

    @Test
    void theSerializerRuleFailsOnAClassThatWritesARecordWithItsOwnMapper() {
        JavaClasses violation = new ClassFileImporter().importClasses(WritesARecordBehindJsonsBack.class);
        assertThatThrownBy(() -> ONLY_JSON_SERIALIZES_OBJECTS.check(violation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WritesARecordBehindJsonsBack.write")
                .hasMessageContaining("ObjectMapper.writeValueAsString(java.lang.Object)")
                .hasMessageContaining("ObjectMapper.valueToTree(java.lang.Object)");
    }
}
