package org.maracdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.security.MessageDigest;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §2 written down as rules: arrows point one way ({@code ui → casework/security/exchange → store}),
 * {@code risk} and {@code common} use nothing of ours, and no package reaches back into one that uses it.
 * Each rule says one thing; a rule that another already implies does not belong here.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maracdesk");
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.maracdesk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiNeverDependsOnTheStore() {
        noClasses().that().resideInAPackage("org.maracdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.maracdesk.store..")
                .because("screens see services and records, never vaults, keys or store types")
                .check(classes);
    }

    @Test
    void uiDoesNotTouchEntitiesOrPersistence() {
        noClasses().that().resideInAPackage("org.maracdesk.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "org.flywaydb..")
                .check(classes);
    }

    @Test
    void viewModelsKnowNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models are tested without a toolkit; controls belong to the view")
                .check(classes);
    }

    @Test
    void riskDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.maracdesk.risk..")
                .should().dependOnClassesThat(resideInOursOutside("org.maracdesk.risk"))
                .check(classes);
    }

    @Test
    void commonDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.maracdesk.common..")
                .should().dependOnClassesThat(resideInOursOutside("org.maracdesk.common"))
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
    void onlyStoreAndSecurityTouchH2AndBouncyCastle() {
        noClasses().that().resideOutsideOfPackages("org.maracdesk.store..", "org.maracdesk.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.bouncycastle..")
                .check(classes);
    }

    /** Digests belong to the audit chain and the vault (and {@code security.Sha256} for plain checksums). */
    @Test
    void onlySecurityAndStoreComputeDigests() {
        noClasses().that().resideOutsideOfPackages("org.maracdesk.security..", "org.maracdesk.store..")
                .should().dependOnClassesThat().areAssignableTo(MessageDigest.class)
                .check(classes);
    }

    @Test
    void servicesAndStoreKnowNothingOfJavaFxOrTheApp() {
        noClasses().that().resideInAnyPackage("org.maracdesk.casework..", "org.maracdesk.security..",
                        "org.maracdesk.store..", "org.maracdesk.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.maracdesk.ui..",
                        "org.maracdesk.app..")
                .check(classes);
    }

    @Test
    void storeDoesNotReachUpIntoCaseworkSecurityOrExchange() {
        noClasses().that().resideInAPackage("org.maracdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.maracdesk.casework..",
                        "org.maracdesk.security..", "org.maracdesk.exchange..")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> resideInOursOutside(String own) {
        return DescribedPredicate.describe("reside in org.maracdesk outside " + own,
                c -> c.getPackageName().startsWith("org.maracdesk")
                        && !(c.getPackageName().equals(own) || c.getPackageName().startsWith(own + ".")));
    }
}
