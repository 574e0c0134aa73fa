package org.maracdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One injected {@code Clock} (DESIGN.md §2, "Time"): only {@code org.maracdesk.app} makes a system clock;
 * everything else takes the one the services graph holds, so tests can fix "today". Reading the system
 * time directly ({@code Clock.systemUTC()}, {@code Clock.systemDefaultZone()}, or {@code now()} without a
 * clock) is refused outside {@code app}, except in the few places listed below.
 */
class ClockRuleTest {
    /** Calls that read the system time without an injected clock. */
    private static final Set<String> SYSTEM_TIME = Set.of(
            "java.time.Clock.systemUTC()",
            "java.time.Clock.systemDefaultZone()",
            "java.time.LocalDate.now()",
            "java.time.LocalDateTime.now()",
            "java.time.LocalTime.now()",
            "java.time.Instant.now()",
            "java.time.ZonedDateTime.now()",
            "java.time.OffsetDateTime.now()");

    /**
     * Store internals that run below any service and have no clock handed to them yet. Keep this short;
     * each entry is "class.method" and says why.
     */
    private static final Set<String> NOT_YET_INJECTABLE = Set.of(
            // the creation time written into a new vault's header (Vault is built before any graph)
            "org.maracdesk.store.Vault.create",
            // the time written into a backup's manifest (static, called by the store and AutoBackup)
            "org.maracdesk.store.Backups.backup",
            // the pre-migration backup's file name, made while the store opens (static Store.open)
            "org.maracdesk.store.Store.backupBeforeMigration");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maracdesk");
    }

    @Test
    void onlyTheAppPackageReadsTheSystemClock() {
        classes().that().resideOutsideOfPackage("org.maracdesk.app..")
                .should(takeTheInjectedClock())
                .because("services, view models and screens take the one Clock from the services graph")
                .check(classes);
    }

    @Test
    void theAllowListNamesMethodsThatStillReadTheSystemClock() {
        for (String allowed : NOT_YET_INJECTABLE) {
            boolean stillNeeded = classes.stream().flatMap(c -> c.getMethodCallsFromSelf().stream())
                    .anyMatch(call -> readsSystemTime(call) && allowed.equals(origin(call)));
            assertTrue(stillNeeded, allowed + " no longer reads the system clock: remove it from the allow-list");
        }
    }

    private static ArchCondition<JavaClass> takeTheInjectedClock() {
        return new ArchCondition<>("take the injected Clock instead of reading the system time") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
                    if (readsSystemTime(call) && !NOT_YET_INJECTABLE.contains(origin(call))) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean readsSystemTime(JavaMethodCall call) {
        String target = call.getTarget().getOwner().getName() + "." + call.getTarget().getName() + "("
                + String.join(",", call.getTarget().getRawParameterTypes().stream().map(JavaClass::getName).toList())
                + ")";
        return SYSTEM_TIME.contains(target);
    }

    private static String origin(JavaMethodCall call) {
        return call.getOrigin().getOwner().getName() + "." + call.getOrigin().getName();
    }
}
