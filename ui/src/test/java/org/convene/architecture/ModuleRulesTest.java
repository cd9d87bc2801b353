package org.convene.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of design.md: the write side depends on neither read side nor UI; the read
 * side and the UI see the write side only through its {@code api} packages (messages and value
 * types), never its aggregates. The demo, generator and benchmark tools are a module of their own
 * that nothing here may need (decision 0025; the demo module checks its own classes).
 */
class ModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = mainClassesOf("org.convene");
    }

    /** The product's classes in these packages, tests left out: what the architecture rules judge. */
    static JavaClasses mainClassesOf(String... packages) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages);
    }

    /** The classes of a module (e.g. "query") that are not in one of its {@code api} packages. */
    private static DescribedPredicate<JavaClass> outsideTheApiOf(String module) {
        return DescribedPredicate.describe(module + " classes outside an api package",
                c -> c.getPackageName().startsWith("org.convene." + module) && !c.getPackageName().endsWith(".api"));
    }

    @Test
    void coordinationImportsNeitherQueryNorUi() {
        ArchRule rule = noClasses().that().resideInAPackage("org.convene.coordination..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convene.query..", "org.convene.ui..",
                        "org.convene.infra..");
        rule.check(classes);
    }

    @Test
    void queryUsesOnlyTheApiPackagesOfCoordination() {
        ArchRule rule = noClasses().that().resideInAPackage("org.convene.query..")
                .should().dependOnClassesThat(outsideTheApiOf("coordination"))
                .orShould().dependOnClassesThat().resideInAPackage("org.convene.ui..");
        rule.check(classes);
    }

    @Test
    void uiUsesOnlyTheApiPackagesOfCoordination() {
        ArchRule rule = noClasses().that().resideInAPackage("org.convene.ui..")
                .should().dependOnClassesThat(outsideTheApiOf("coordination"));
        rule.check(classes);
    }

    @Test
    void uiDoesNotReachIntoProjectionInternals() {
        ArchRule rule = noClasses().that().resideInAPackage("org.convene.ui..")
                .should().dependOnClassesThat(outsideTheApiOf("query"));
        rule.check(classes);
    }

    /**
     * Intake (forms', REST's and imports' one path to the commands, decision 0024) sees the other
     * modules only through their {@code api} packages, and never the UI or the wiring; the UI may use it.
     */
    @Test
    void intakeUsesOnlyTheApiPackagesOfCoordinationAndQuery() {
        ArchRule rule = noClasses().that().resideInAPackage("org.convene.intake..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "coordination or query classes outside an api package",
                        c -> (c.getPackageName().startsWith("org.convene.coordination")
                                || c.getPackageName().startsWith("org.convene.query"))
                                && !c.getPackageName().endsWith(".api")))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.convene.ui..", "org.convene.infra..",
                        "org.convene.demo..");
        rule.check(classes);
    }

    @Test
    void onlyTheUiUsesIntake() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.convene.coordination..", "org.convene.query..",
                        "org.convene.infra..")
                .should().dependOnClassesThat().resideInAPackage("org.convene.intake..");
        rule.check(classes);
    }

    @Test
    void infraHoldsWiringAndDoesNotDependOnQueryOrUi() {
        ArchRule rule = noClasses().that().resideInAPackage("org.convene.infra..")
                .should().dependOnClassesThat().resideInAnyPackage("org.convene.query..", "org.convene.ui..");
        rule.check(classes);
    }

    @Test
    void theProductHoldsNoDemoToolsAndNeedsNone() {
        ArchRule rule = noClasses().should().resideInAPackage("org.convene.demo..")
                .orShould().dependOnClassesThat().resideInAPackage("org.convene.demo..");
        rule.check(classes);
    }
}
