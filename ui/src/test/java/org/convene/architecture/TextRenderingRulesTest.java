package org.convene.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Names and every other recorded text reach the browser as text, never as markup: no view uses
 * Vaadin's {@code Html} component or a template renderer, whose content the browser would parse.
 * (Markup in names is also refused when recorded: see HostileInputApiTest.)
 */
class TextRenderingRulesTest {

    @Test
    void viewsNeverRenderRecordedTextAsMarkup() {
        noClasses().that().resideInAPackage("org.convene..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.Html")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.data.renderer.LitRenderer")
                .because("recorded names and texts must be shown as text, never parsed as HTML")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.convene"));
    }
}
