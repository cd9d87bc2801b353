package org.convene.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The {@code ui} module is presentation only (issue 15, decision 0024): views and their
 * components, REST controllers, the security pages and the exports that format what a screen
 * shows. Reading input files into commands, orchestrating commands and deciding identity live in
 * {@code intake}; handlers and storage below it. Each rule names the place where the job belongs.
 */
class PresentationOnlyRulesTest {

    /** No main class of ui grows past this many lines: split it into components instead. */
    static final int MOST_LINES = 400;

    private static JavaClasses ui;

    @BeforeAll
    static void importUi() {
        ui = ModuleRulesTest.mainClassesOf("org.convene.ui");
    }

    @Test
    void uiHoldsNoApplicationServicesOrRepositories() {
        noClasses().should().beAnnotatedWith(Service.class).orShould().beAnnotatedWith(Repository.class)
                .because("application services belong in intake (org.convene.intake), storage below it")
                .check(ui);
    }

    @Test
    void uiHandlesNoMessages() {
        noMethods().should().beAnnotatedWith(CommandHandler.class)
                .orShould().beAnnotatedWith(EventHandler.class)
                .orShould().beAnnotatedWith(QueryHandler.class)
                .because("command handlers live in coordination, projections and query handlers in query")
                .check(ui);
    }

    @Test
    void uiTouchesNoStorage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..",
                        "com.mongodb..", "org.bson..")
                .because("screens read through queries and write through commands, never the store")
                .check(ui);
    }

    @Test
    void uiReadsNoInputFiles() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVParser")
                .because("parsing CSV rows into commands is intake's job (ui may write CSV exports)")
                .check(ui);
    }

    @Test
    void noMainClassOfUiIsOverFourHundredLines() throws IOException {
        Path sources = Path.of("src/main/java/org/convene");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MOST_LINES)
                    .map(f -> sources.relativize(f) + " (" + lines(f) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("ui main classes over %d lines: split them into components", MOST_LINES)
                .isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
