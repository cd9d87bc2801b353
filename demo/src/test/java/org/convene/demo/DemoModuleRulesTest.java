package org.convene.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules for the demo tools (decision 0025), checked here because only this module sees
 * both the product and the tools: like the UI, they drive the product through the {@code api}
 * packages of coordination and query (commands and queries, as a user would); and no class of the
 * product depends on them, so the production jar runs without them.
 */
class DemoModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.convene");
    }

    private static DescribedPredicate<JavaClass> internalsOf(String module) {
        return DescribedPredicate.describe(module + " classes outside an api package",
                c -> c.getPackageName().startsWith("org.convene." + module) && !c.getPackageName().endsWith(".api"));
    }

    @Test
    void theDemoToolsUseOnlyTheApiPackagesOfCoordinationAndQuery() {
        noClasses().that().resideInAPackage("org.convene.demo..")
                .should().dependOnClassesThat(internalsOf("coordination"))
                .orShould().dependOnClassesThat(internalsOf("query"))
                .check(classes);
    }

    @Test
    void nothingInTheProductDependsOnTheDemoTools() {
        noClasses().that().resideOutsideOfPackage("org.convene.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.convene.demo..")
                .check(classes);
    }
}
