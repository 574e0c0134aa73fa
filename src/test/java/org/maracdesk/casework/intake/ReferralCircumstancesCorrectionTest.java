package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * The coordinator's correction of a decided referral's further §2.3 fields (issue 16, decision 0046), on both
 * stores: each changed field is a line of the referral's history with its old and new value and the reason, the
 * audit trail has one digest; a value too long or a court date that is not one is refused naming the field and
 * nothing changes; no change writes nothing; another role is refused; a stale version is a lost race.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralCircumstancesCorrectionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private Role role = Role.COORDINATOR;
    private ReferralRecordService records;
    private long id;

    private static ReferralCircumstances given(String occupation, String bail, String courtDates) {
        return new ReferralCircumstances(occupation, null, "Private rented", null, true, null, null, null, null,
                "Drinking at weekends", null, null, null, null, "PC Test Officer", null, null, null, bail,
                TODAY.plusDays(30), courtDates);
    }

    @BeforeEach
    void aDecidedReferralWithCircumstances() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "circumstances correction passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        AuditLog audit = new AuditLog(CLOCK);
        CurrentUser who = () -> new AccountInfo("coord", "Coordinator", role, null);
        records = new ReferralRecordService(() -> store, who, audit, instruments, CLOCK);
        NewReferral form = new NewReferral("C-1", TODAY.minusDays(3), ReferralStatus.ACCEPTED, null, Agency.POLICE,
                new ReferrerDetails("DC Example Referrer", "Detective", null, null, true),
                PersonDetails.named("Testa", "Victimson", TestReferrals.VICTIM_DOB), List.of(TestReferrals.craig()),
                List.of(), List.of(), new RiskInput(TestReferrals.dash(15), 1, null), Set.of(), null, null,
                "An incident.", null, null, false, List.of(),
                given("Care worker", "Not to contact the victim", TODAY.plusDays(20).toString()));
        new ReferralIntakeService(() -> store, who, audit, instruments, CLOCK).record(List.of(form), "coord");
        id = store.read(s -> s.createSelectionQuery("select r.id from Referral r where r.formReference = 'C-1'",
                Long.class).getSingleResult());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long changes() {
        return store.read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where e.action = :a"
                + " and e.entityType = 'referral'", Long.class).setParameter("a", AuditAction.CHANGED)
                .getSingleResult());
    }

    @Test
    void eachChangedFieldIsKeptWithItsOldAndNewValueAndTheReason() {
        ReferralRecord before = records.view(id);
        assertEquals("Care worker", before.content().circumstances().victimOccupation());
        ReferralCircumstances after = given("Teaching assistant", "Not to enter Kestrel Vale",
                TODAY.plusDays(20) + "; " + TODAY.plusDays(50));
        assertEquals(3, records.correctCircumstances(id, before.version(), after, "the referrer sent an update"));
        ReferralRecord now = records.view(id);
        assertEquals(after, now.content().circumstances());
        List<ChangeHistory.Line> history = now.history();
        assertEquals(List.of("victimOccupation", "bailConditions", "courtDates"),
                history.stream().map(ChangeHistory.Line::field).toList());
        assertEquals("Care worker", history.get(0).oldValue());
        assertEquals("Teaching assistant", history.get(0).newValue());
        assertEquals(TODAY.plusDays(20) + "; " + TODAY.plusDays(50), history.get(2).newValue());
        assertTrue(history.stream().allMatch(l -> "the referrer sent an update".equals(l.reason())));
        assertEquals(1, changes(), "one audit entry, a digest");
    }

    @Test
    void badValuesAreRefusedNamingTheFieldAndNothingChanges() {
        int version = records.view(id).version();
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> records
                .correctCircumstances(id, version, given("x".repeat(201), null, null), "typo"));
        assertTrue(tooLong.getMessage().startsWith("victimOccupation: at most 200 characters"), tooLong.getMessage());
        IllegalArgumentException date = assertThrows(IllegalArgumentException.class, () -> records
                .correctCircumstances(id, version, given("Care worker", null, "2026-02-31"), "typo"));
        assertTrue(date.getMessage().startsWith("courtDates:"), date.getMessage());
        assertThrows(IllegalArgumentException.class, () -> records.correctCircumstances(id, version,
                given("Cook", null, null), " "), "a reason is required");
        assertEquals("Care worker", records.view(id).content().circumstances().victimOccupation());
        assertEquals(0, changes());
        assertTrue(records.view(id).history().isEmpty());
    }

    @Test
    void noChangeWritesNothingAndClearingAllRemovesThem() {
        ReferralRecord before = records.view(id);
        assertEquals(0, records.correctCircumstances(id, before.version(), before.content().circumstances(), "check"));
        assertEquals(0, changes());
        assertEquals(8, records.correctCircumstances(id, before.version(), null, "given for the wrong victim"));
        assertNull(records.view(id).content().circumstances());
    }

    @Test
    void anotherRoleIsRefusedAndAStaleVersionIsALostRace() {
        ReferralRecord before = records.view(id);
        records.correctCircumstances(id, before.version(), given("Cook", "Not to contact the victim",
                TODAY.plusDays(20).toString()), "update");
        assertThrows(ConcurrentChangeException.class, () -> records.correctCircumstances(id, before.version(),
                given("Chef", null, null), "update"));
        role = Role.AGENCY_REPRESENTATIVE;
        assertThrows(NotPermittedException.class, () -> records.correctCircumstances(id, before.version() + 1,
                given("Chef", null, null), "update"));
    }
}
