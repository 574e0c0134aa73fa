package org.maracdesk.risk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RiskDependenciesTest {

    @Test
    void riskUsesOnlyTheJdkAndJackson() {
        JavaClasses risk = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maracdesk.risk");

        classes().that().resideInAPackage("org.maracdesk.risk..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.maracdesk.risk..", "java..",
                        "com.fasterxml.jackson..")
                .check(risk);
    }
}
