package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.casework.disclosure.DisclosureStamp;
import org.maracdesk.casework.disclosure.LawfulBasis;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.casework.settings.SettingsChange;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * The lawful bases are a local setting (issue 16, decision 0048), on both stores: the built-in list until changed,
 * a change versioned with the old and new list in the change history, a version keeping the list it had, other
 * changes keeping the list, and a disclosure resolved against the list in force.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class LawfulBasesSettingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private TestDesk desk;
    private LocalSettingsService settings;

    @BeforeEach
    void desk() {
        desk = TestDesk.open(kind, dir.resolve("vault"), "Coordinator", "coordinator",
                "lawful bases test passphrase".toCharArray());
        settings = new LocalSettingsService(desk, desk, new AuditLog(CLOCK), new InstrumentRegistry(), CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private SettingsChange keep(LocalSettings now, String reason, List<LawfulBasis> bases) {
        return new SettingsChange(now.version(), now.thresholds(), List.of("dash-24"), reason, bases);
    }

    @Test
    void theListIsVersionedAuditedAndUsedForDisclosures() {
        LocalSettings before = settings.current();
        assertEquals(LawfulBasis.DEFAULTS, before.lawfulBases());
        assertEquals("PUBLIC-TASK", before.defaultBasis().code());

        List<LawfulBasis> ours = LawfulBasis.parse("ISA-2024=Northbridge information-sharing agreement 2024, public task"
                + "\nCONSENT=UK GDPR Art 6(1)(a) consent");
        LocalSettings v1 = settings.change(keep(before, "Steering group, 3 Nov 2026", ours));
        assertEquals(ours, settings.current().lawfulBases());
        SettingsVersion saved = settings.history().get(0);
        ChangeHistory.Line line = saved.changes().stream().filter(l -> l.field().equals("lawfulBases")).findFirst()
                .orElseThrow();
        assertTrue(line.oldValue().startsWith("PUBLIC-TASK=UK GDPR Art 6(1)(e)"), line.oldValue());
        assertTrue(line.newValue().startsWith("ISA-2024=Northbridge"), line.newValue());
        assertEquals("Steering group, 3 Nov 2026", line.reason());

        LocalSettings v2 = settings.change(new SettingsChange(v1.version(), v1.thresholds(), List.of("dash-24", "lap"),
                "LAP in use from December"));
        assertEquals(ours, v2.lawfulBases(), "a change that leaves the list out keeps it");
        assertEquals(LawfulBasis.DEFAULTS, settings.history().stream().filter(v -> v.settings().version() == 0)
                .findFirst().orElseThrow().settings().lawfulBases(), "version 0 keeps the built-in list");

        DisclosureStamp stamp = desk.store().read(s -> org.maracdesk.casework.settings.Settings.stamp(s, Disclosure.UNSTATED));
        assertEquals("ISA-2024", stamp.basis(), "the first of the list in force is the default");
        IllegalArgumentException gone = assertThrows(IllegalArgumentException.class, () -> desk.store().read(s ->
                org.maracdesk.casework.settings.Settings.stamp(s, new Disclosure("PUBLIC-TASK", null))));
        assertEquals("--basis: PUBLIC-TASK is not one of this MARAC's lawful bases; use one of ISA-2024, CONSENT"
                + " (see settings show)", gone.getMessage());
    }

    @Test
    void anEmptyListIsRefusedAndNothingIsSaved() {
        LocalSettings now = settings.current();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings.change(keep(now, "Empty", List.of())));
        assertTrue(e.getMessage().startsWith("lawfulBases: keep at least one"), e.getMessage());
        assertEquals(0, settings.current().version());
    }
}
