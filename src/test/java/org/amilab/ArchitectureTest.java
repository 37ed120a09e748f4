package org.amilab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the package-by-feature boundaries of DEVELOPERS.md from eroding. */
class ArchitectureTest {

    @Test
    void featuresTalkOnlyThroughTheirPublicApiAndHaveNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void theSimulatorIsPlainJava() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.amilab");
        noClasses().that().resideInAPackage("org.amilab.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta.persistence..", "org.hibernate..",
                        "com.fasterxml.jackson..", "org.amilab.playground..", "org.amilab.security..")
                .because("the rules of EC2 must not depend on frameworks or on how they are stored or shown")
                .allowEmptyShould(true)
                .check(classes);
    }
}
