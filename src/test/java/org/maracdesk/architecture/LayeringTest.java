package org.maracdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md §2 written down as rules: arrows point one way. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maracdesk");
    }

    @Test
    void uiDoesNotTouchEntitiesSessionsH2OrBouncyCastle() {
        noClasses().that().resideInAPackage("org.maracdesk.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "org.h2..", "org.bouncycastle..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void uiDoesNotOpenStoresOrHoldKeys() {
        noClasses().that().resideInAPackage("org.maracdesk.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.maracdesk.store.Store")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.maracdesk.store.DataKey")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.maracdesk.store.UnlockedVault")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.maracdesk.store.PersistenceUnit")
                .check(classes);
    }

    @Test
    void onlyTheAppPackageUsesTheDemo() {
        noClasses().that().resideOutsideOfPackages("org.maracdesk.demo..", "org.maracdesk.app..")
                .should().dependOnClassesThat().resideInAPackage("org.maracdesk.demo..")
                .because("the demo package must be removable without touching the product")
                .check(classes);
    }

    @Test
    void riskDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("org.maracdesk.risk..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.maracdesk.risk..", "java..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void onlyStoreAndSecurityTouchH2AndBouncyCastle() {
        noClasses().that().resideOutsideOfPackages("org.maracdesk.store..", "org.maracdesk.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.bouncycastle..")
                .check(classes);
    }

    @Test
    void servicesAndStoreKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("org.maracdesk.casework..", "org.maracdesk.security..",
                        "org.maracdesk.store..", "org.maracdesk.exchange..", "org.maracdesk.risk..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.maracdesk.ui..",
                        "org.maracdesk.app..")
                .check(classes);
    }

    @Test
    void storeDoesNotReachUpIntoCaseworkOrSecurity() {
        noClasses().that().resideInAPackage("org.maracdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.maracdesk.casework..",
                        "org.maracdesk.security..", "org.maracdesk.exchange..")
                .check(classes);
    }
}
