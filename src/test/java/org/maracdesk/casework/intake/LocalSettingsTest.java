package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.intake.TestReferrals.referral;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.settings.LocalSettings;
import org.maracdesk.casework.settings.LocalSettingsService;
import org.maracdesk.casework.settings.SettingsChange;
import org.maracdesk.casework.settings.SettingsVersion;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.RiskInputException;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.store.StoreKind;
import org.maracdesk.testdata.TestDesk;

/**
 * A MARAC's local settings (issue 16) on both stores: versions with who, when, why and old/new values,
 * refused changes that save nothing, and the import scoring under the vault's own settings, each
 * referral keeping the version it was scored under.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class LocalSettingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);
    private static final String ALL = "dash-24,dash-27,s-dash,lap,odara";
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private TestDesk desk;
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private LocalSettingsService settings;
    private ReferralIntakeService intake;

    @BeforeEach
    void desk() {
        desk = TestDesk.open(kind, dir.resolve("vault"), "Coordinator", "coordinator",
                "local settings test passphrase".toCharArray());
        desk.addAccount("chair", "Chair", Role.CHAIR, null);
        AuditLog audit = new AuditLog(CLOCK);
        settings = new LocalSettingsService(desk, desk, audit, instruments, CLOCK);
        intake = new ReferralIntakeService(desk, desk, audit, instruments, CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private LocalSettings change(int basedOn, RiskThresholds t, List<String> use, String reason) {
        return settings.change(new SettingsChange(basedOn, t, use, reason));
    }

    @Test
    void aNewVaultUsesVersionZeroTheBuiltInDefaultsWithEveryInstrument() {
        LocalSettings now = settings.current();
        assertEquals(0, now.version());
        assertEquals(RiskThresholds.defaults(), now.thresholds());
        assertEquals(List.of("dash-24", "dash-27", "s-dash", "lap", "odara"),
                now.inUse(instruments).stream().map(i -> i.id()).toList());
        assertNull(now.changedBy());
    }

    @Test
    void eachChangeIsANumberedVersionWithWhoWhenWhyAndTheOldAndNewValues() {
        LocalSettings first = change(0, new RiskThresholds(17, 10, 3, 12), List.of("dash-24", "dash-27"),
                "Steering group, 2026-11-12: list at 17 as the county does");
        assertEquals(1, first.version());
        assertEquals("coordinator", first.changedBy());
        assertEquals(CLOCK.instant(), first.changedAt());
        LocalSettings second = change(1, new RiskThresholds(17, 11, 4, 6), List.of("dash-24", "dash-27"),
                "Steering group, 2026-11-19: six-month repeat window for the pilot");
        assertEquals(2, second.version());
        assertEquals(second, settings.current());

        List<SettingsVersion> history = settings.history();
        assertEquals(List.of(2, 1, 0), history.stream().map(v -> v.settings().version()).toList());
        assertEquals("Steering group, 2026-11-19: six-month repeat window for the pilot", history.get(0).reason());
        assertEquals(Map.of("mediumFrom", "10>11", "escalationIncidents", "3>4", "repeatWindowMonths", "12>6"),
                changes(history.get(0)));
        assertEquals(Map.of("visibleHighRisk", "14>17", "instruments", ALL + ">dash-24,dash-27"), changes(history.get(1)));
        assertTrue(history.get(2).changes().isEmpty(), "version 0 is the defaults, changed by nobody");
        assertEquals(2L, (long) desk.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e"
                + " where e.entityType = 'marac_settings' and e.action = org.maracdesk.security.AuditAction.CHANGED",
                Long.class).getSingleResult()), "one CHANGED entry per version, with a digest, not the values");
    }

    private static Map<String, String> changes(SettingsVersion v) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (ChangeHistory.Line l : v.changes()) {
            out.put(l.field(), l.oldValue() + ">" + l.newValue());
            assertEquals("coordinator", l.by());
        }
        return out;
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedAndSavesNothing() {
        change(0, new RiskThresholds(17, 10, 3, 12), List.of("dash-24"), "first");
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> change(0, new RiskThresholds(15, 10, 3, 12), List.of("dash-24"), "second, from a stale screen"));
        assertEquals("coordinator", e.changedBy());
        assertEquals(17, settings.current().thresholds().visibleHighRisk());
        assertEquals(2, settings.history().size());
    }

    @Test
    void badValuesAreRefusedWithWhatIsWrongAndNothingIsSaved() {
        RiskThresholds ok = new RiskThresholds(17, 10, 3, 12);
        assertMessage("reason: say why", () -> change(0, ok, List.of("dash-24"), "  "));
        assertMessage("instruments: choose at least one", () -> change(0, ok, List.of(), "why"));
        assertMessage("instruments: dash-99 is not a known instrument",
                () -> change(0, ok, List.of("dash-24", "dash-99"), "why"));
        assertMessage("visibleHighRisk: 25 is above the highest score of dash-24 (24)",
                () -> change(0, new RiskThresholds(25, 10, 3, 12), List.of("dash-24"), "why"));
        assertMessage("nothing to save", () -> change(0, RiskThresholds.defaults(), List.of(ALL.split(",")), "why"));
        RiskInputException bad = assertThrows(RiskInputException.class, () -> new RiskThresholds(9, 10, 3, 12));
        assertEquals("thresholds.visibleHighRisk", bad.field());
        assertThrows(RiskInputException.class, () -> new RiskThresholds(14, 10, 3, 0));
        assertEquals(0, settings.current().version(), "nothing was saved");
    }

    private static void assertMessage(String start, org.junit.jupiter.api.function.Executable change) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, change);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    @Test
    void onlyTheCoordinatorChangesThemAndEveryoneReadsThem() throws Exception {
        desk.signInAs("chair");
        assertEquals(0, settings.current().version());
        assertThrows(NotPermittedException.class,
                () -> change(0, new RiskThresholds(17, 10, 3, 12), List.of("dash-24"), "not mine to change"));
    }

    @Test
    void importScoresUnderTheVaultsThresholdAndEachReferralKeepsItsVersion() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        intake.record(List.of(referral("LS-1", day, PersonDetails.named("Tamsin", "Orchard", LocalDate.of(1990, 5, 6)),
                RelatedPerson.of(PersonDetails.named("Rory", "Quayle", null), "partner"))), "coordinator");
        change(0, new RiskThresholds(17, 10, 3, 12), List.of("dash-24"), "list at 17");
        intake.record(List.of(referral("LS-2", day, PersonDetails.named("Nell", "Brackley", LocalDate.of(1985, 2, 3)),
                RelatedPerson.of(PersonDetails.named("Dale", "Fenwick", null), "partner"))), "coordinator");

        Referral before = stored("LS-1");
        Referral after = stored("LS-2");
        assertEquals(0, before.getSettingsVersion(), "scored at 14 under version 0, and keeps it");
        assertTrue(routes("LS-1").contains("VISIBLE_HIGH_RISK"));
        assertEquals(1, after.getSettingsVersion());
        assertFalse(routes("LS-2").contains("VISIBLE_HIGH_RISK"),
                "15 ticks are below the vault's threshold of 17");
        assertEquals("medium", desk.store().read(s -> s.createSelectionQuery("select r.band from Referral r"
                + " where r.formReference = 'LS-2'", String.class).getSingleResult()));
    }

    @Test
    void importRefusesAnInstrumentNotInUseAndWritesNothing() {
        change(0, RiskThresholds.defaults(), List.of("dash-27"), "the police form only");
        IntakeRejectedException e = assertThrows(IntakeRejectedException.class, () -> intake.record(List.of(
                referral("LS-3", LocalDate.of(2026, 10, 1), PersonDetails.named("Ivy", "Marlow", LocalDate.of(1999, 3, 4)),
                        RelatedPerson.of(PersonDetails.named("Sid", "Parr", null), "partner"))), "coordinator"));
        assertEquals(List.of(new FieldProblem(0, "risk.instrument", "dash-24 is not in use in this MARAC (local settings"
                + " version 1); in use: dash-27")), e.problems());
        assertEquals(0L, (long) desk.store().read(s -> s.createSelectionQuery("select count(r) from Referral r", Long.class)
                .getSingleResult()));
    }

    @Test
    void theRepeatWindowIsTheVaultsSixMonthsAfterTheLastReferral() {
        change(0, new RiskThresholds(14, 10, 3, 6), List.of("dash-24"), "six months");
        PersonDetails mae = PersonDetails.named("Mae", "Harrowgate", LocalDate.of(1993, 8, 9));
        RelatedPerson jon = RelatedPerson.of(PersonDetails.named("Jon", "Tilbury", null), "partner");
        LocalDate first = LocalDate.of(2025, 6, 10);
        intake.record(List.of(referral("W1", first, mae, jon), referral("W2", first.plusMonths(6), mae, jon),
                referral("W3", first.plusMonths(12).plusDays(1), mae, jon)), "coordinator");
        assertTrue(stored("W2").isRepeat(), "on the last day of the six-month window: a repeat");
        assertFalse(stored("W3").isRepeat(), "six months and a day after W2: a new referral");
        assertEquals(first.plusMonths(6), stored("W3").getLastListingDate());
    }

    private Referral stored(String ref) {
        return desk.store().read(s -> s.createSelectionQuery("from Referral r where r.formReference = :f",
                Referral.class).setParameter("f", ref).getSingleResult());
    }

    private String routes(String ref) {
        return desk.store().read(s -> s.createSelectionQuery("select r.routes from Referral r where r.formReference = :f",
                String.class).setParameter("f", ref).getSingleResult());
    }
}
