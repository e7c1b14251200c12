package dev.helmshift.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Guards the package rules of docs/ARCHITECTURE.md: dependencies point one way and no package cycles. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.helmshift");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.helmshift.(**)").should().beFreeOfCycles()
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void leafPackagesDependOnNothingOfOursButTheGoStringModel() {
        for (String leaf : new String[] {"dev.helmshift.semver..", "dev.helmshift.goyaml..", "dev.helmshift.gobytes.."}) {
            noClasses().that().resideInAPackage(leaf)
                    .should().dependOnClassesThat(resideInAPackage("dev.helmshift..").and(not(resideInAPackage(leaf)))
                            .and(not(resideInAPackage("dev.helmshift.gobytes.."))))
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void templateEngineKnowsNothingOfChartsOrTheLayersAboveIt() {
        noClasses().that().resideInAPackage("dev.helmshift.template..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.helmshift.chart..", "dev.helmshift.render..", "dev.helmshift.analysis..",
                        "dev.helmshift.report..", "dev.helmshift.cli..", "dev.helmshift.shift..", "dev.helmshift.k8s..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void chartModelDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.helmshift.chart..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.helmshift.template..", "dev.helmshift.render..", "dev.helmshift.analysis..",
                        "dev.helmshift.report..", "dev.helmshift.cli..", "dev.helmshift.shift..", "dev.helmshift.k8s..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void rendererDoesNotReachUpward() {
        noClasses().that().resideInAPackage("dev.helmshift.render..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.helmshift.analysis..", "dev.helmshift.report..", "dev.helmshift.cli..",
                        "dev.helmshift.shift..", "dev.helmshift.k8s..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void analysisDoesNotReachTheCliOrTheController() {
        noClasses().that().resideInAPackage("dev.helmshift.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.helmshift.cli..", "dev.helmshift.shift..", "dev.helmshift.k8s..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void reportFormatsDataWithoutKnowingWhoMadeIt() {
        noClasses().that().resideInAPackage("dev.helmshift.report..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.helmshift.analysis..", "dev.helmshift.cli..", "dev.helmshift.shift..",
                        "dev.helmshift.k8s..", "dev.helmshift.render..", "dev.helmshift.template..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void controllerIsIndependentOfTheAnalyzer() {
        noClasses().that().resideInAnyPackage("dev.helmshift.shift..", "dev.helmshift.k8s..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.helmshift.chart..", "dev.helmshift.template..", "dev.helmshift.render..",
                        "dev.helmshift.analysis..", "dev.helmshift.cli..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void k8sAccessDoesNotKnowTheRolloutLogic() {
        noClasses().that().resideInAPackage("dev.helmshift.k8s..")
                .should().dependOnClassesThat().resideInAPackage("dev.helmshift.shift..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideOutsideOfPackage("dev.helmshift.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void coreLayersDoNotLog() {
        noClasses().that().resideInAnyPackage(
                        "dev.helmshift.chart..", "dev.helmshift.template..", "dev.helmshift.render..",
                        "dev.helmshift.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jboss.logging..", "java.util.logging..", "org.slf4j..")
                .allowEmptyShould(true).check(classes);
    }
}
