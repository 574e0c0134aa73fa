package org.maracdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One services graph (decision 0016): services, the session manager and the audit log are built in
 * {@code app.common.ServicesGraph} and nowhere else in the product, so the window and the command line
 * cannot wire them differently and no screen builds a second copy.
 */
class WiringRuleTest {
    private static final String GRAPH = "org.maracdesk.app.common.ServicesGraph";
    private static final Pattern WIRED = Pattern.compile(
            "org\\.maracdesk\\.(casework|exchange|security)\\..*(Service|Administration|AuditLog|AuditTrail"
                    + "|ExportChoices|SessionManager|VaultMaintenance)");

    /** Builders of a service outside the graph, and why. */
    private static final Set<String> ALLOWED = Set.of(
            // its two-argument constructor makes a VaultMaintenance (stateless) for the demo command's wiring
            "org.maracdesk.security.AccountAdministration -> org.maracdesk.security.VaultMaintenance",
            // the demo command (its build in DemoVaultBuild) keeps its own wiring for now
            "org.maracdesk.app.cli.DemoVaultBuild -> org.maracdesk.security.AccountAdministration",
            "org.maracdesk.app.cli.DemoVaultBuild -> org.maracdesk.security.AccountService");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maracdesk");
    }

    @Test
    void onlyTheServicesGraphBuildsServices() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String origin = outer(c.getName());
            for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                String target = call.getTarget().getOwner().getName();
                if (WIRED.matcher(target).matches() && !origin.equals(outer(target)) && !origin.equals(GRAPH)) {
                    found.add(origin + " -> " + target);
                }
            }
        }
        found.removeAll(ALLOWED);
        assertEquals(Set.of(), found, "build services in ServicesGraph and pass them by constructor");
    }

    private static String outer(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
