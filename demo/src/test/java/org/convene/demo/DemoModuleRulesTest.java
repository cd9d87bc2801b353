package org.convene.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules for the demo tools (decision 0025), checked here because only this module sees
 * both the product and the tools: like the UI, they drive the product through the {@code api}
 * packages of coordination and query (commands and queries, as a user would); and no class of the
 * product depends on them, so the production jar runs without them.
 */
@AnalyzeClasses(packages = "org.convene", importOptions = ImportOption.DoNotIncludeTests.class)
class DemoModuleRulesTest {

    @ArchTest
    static final ArchRule theDemoToolsUseOnlyTheApiPackagesOfCoordinationAndQuery =
            noClasses().that().resideInAPackage("org.convene.demo..")
                    .should().dependOnClassesThat(internalsOf("coordination"))
                    .orShould().dependOnClassesThat(internalsOf("query"));

    @ArchTest
    static final ArchRule nothingInTheProductDependsOnTheDemoTools =
            noClasses().that().resideOutsideOfPackage("org.convene.demo..")
                    .should().dependOnClassesThat().resideInAPackage("org.convene.demo..");

    private static DescribedPredicate<JavaClass> internalsOf(String module) {
        return DescribedPredicate.describe(module + " classes outside an api package",
                c -> c.getPackageName().startsWith("org.convene." + module) && !c.getPackageName().endsWith(".api"));
    }
}
