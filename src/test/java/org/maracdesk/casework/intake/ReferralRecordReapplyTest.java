package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.PersonDetailsLine;
import org.maracdesk.casework.ReferralCircumstances;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ReferrerDetails;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.ui.CurrentThreadTaskExecutor;
import org.maracdesk.ui.common.Messages;
import org.maracdesk.ui.common.Reapply;
import org.maracdesk.ui.referrals.ReferralRecordViewModel;

/**
 * Two desks correcting one decided referral (decision 0051), on both stores: the second save loses the race, the
 * referral record names who saved first and offers Reload or Re-apply; Re-apply shows the newest record with only
 * the loser's changes on top (a circumstances field, a person's name), and confirming it keeps both desks' changes.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralRecordReapplyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.UK);
    private final List<Throwable> reported = new ArrayList<>();
    private Store store;
    private long id;

    private static ReferralCircumstances given(String occupation, String bail) {
        return new ReferralCircumstances(occupation, null, "Private rented", null, true, null, null, null, null,
                "Drinking at weekends", null, null, null, null, "PC Test Officer", null, null, null, bail,
                TODAY.plusDays(30), null);
    }

    @BeforeEach
    void aDecidedReferral() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "referral reapply test passphrase");
        InstrumentRegistry instruments = new InstrumentRegistry();
        CurrentUser who = desk("deskb");
        NewReferral form = new NewReferral("R-1", TODAY.minusDays(3), ReferralStatus.ACCEPTED, null, Agency.POLICE,
                new ReferrerDetails("DC Example Referrer", "Detective", null, null, true),
                PersonDetails.named("Testa", "Victimson", TestReferrals.VICTIM_DOB), List.of(TestReferrals.craig()),
                List.of(), List.of(), new RiskInput(TestReferrals.dash(15), 1, null), Set.of(), null, null,
                "An incident.", null, null, false, List.of(), given("Care worker", "Not to contact the victim"));
        new ReferralIntakeService(() -> store, who, new AuditLog(CLOCK), instruments, CLOCK).record(List.of(form),
                "deskb");
        id = store.read(s -> s.createSelectionQuery("select r.id from Referral r where r.formReference = 'R-1'",
                Long.class).getSingleResult());
    }

    @AfterEach
    void close() {
        store.close();
        assertTrue(reported.isEmpty(), () -> "nothing unexpected: " + reported);
    }

    private static CurrentUser desk(String user) {
        return () -> new AccountInfo(user, "Coordinator at " + user, Role.COORDINATOR, null);
    }

    private ReferralRecordService records(String user) {
        return new ReferralRecordService(() -> store, desk(user), new AuditLog(CLOCK), new InstrumentRegistry(), CLOCK);
    }

    private ReferralRecordViewModel vm(String user) {
        ReferralRecordViewModel vm = new ReferralRecordViewModel(records(user), new PersonCorrectionService(
                () -> store, desk(user), new AuditLog(CLOCK), CLOCK), new CurrentThreadTaskExecutor(), reported::add,
                messages, true);
        vm.load(id);
        return vm;
    }

    @Test
    void aLostCircumstancesCorrectionIsReappliedOnTheNewestRecordKeepingTheOtherDesksChange() {
        ReferralRecordViewModel a = vm("deska");
        ReferralRecordViewModel b = vm("deskb");
        ReferralCircumstances base = a.recordProperty().get().content().circumstances();
        b.correctCircumstances(given("Cook", "Not to contact the victim"), "occupation updated", r -> { });
        assertFalse(b.race().offeredProperty().get());

        List<ReferralCircumstances> reopened = new ArrayList<>();
        ReferralCircumstances mine = given("Care worker", "Curfew 7pm to 7am");
        a.correctCircumstances(mine, "bail conditions changed",
                newest -> reopened.add(Reapply.onTop(base, mine, newest.content().circumstances())));

        assertTrue(a.race().offeredProperty().get(), "Reload or Re-apply is offered");
        String said = a.race().messageProperty().get();
        assertTrue(said.startsWith("deskb saved this referral at "), said);
        assertEquals("Not to contact the victim", records("deska").view(id).content().circumstances()
                .bailConditions(), "nothing of desk A's change was saved");

        a.race().reapply();

        assertFalse(a.race().offeredProperty().get());
        assertEquals(1, reopened.size(), "the correction is shown again, on the newest record");
        ReferralCircumstances shown = reopened.get(0);
        assertEquals("Cook", shown.victimOccupation(), "desk B's change stays");
        assertEquals("Curfew 7pm to 7am", shown.bailConditions(), "desk A's change is put back");
        assertEquals("Not to contact the victim", records("deska").view(id).content().circumstances()
                .bailConditions(), "re-applying saves nothing by itself");

        a.correctCircumstances(shown, "bail conditions changed", newest -> { });
        assertFalse(a.race().offeredProperty().get(), "confirmed again: saved on the newest version");
        ReferralCircumstances now = records("deska").view(id).content().circumstances();
        assertEquals("Cook", now.victimOccupation());
        assertEquals("Curfew 7pm to 7am", now.bailConditions());
    }

    @Test
    void reloadDropsTheLostChangeAndAPersonCorrectionIsReappliedFieldByField() {
        ReferralRecordViewModel a = vm("deska");
        ReferralRecordViewModel b = vm("deskb");
        long victim = a.recordProperty().get().people().stream().filter(p -> p.victim()).findFirst().orElseThrow()
                .personId();
        PersonDetailsLine[] seen = new PersonDetailsLine[2];
        a.person(victim, line -> seen[0] = line);
        b.person(victim, line -> seen[1] = line);
        b.correctPerson(seen[1], with(seen[1], "Testa", "Victimson-Smith"), "married name", (x, y, z) -> { });

        PersonDetailsLine mine = with(seen[0], "Tessa", seen[0].familyName());
        List<PersonDetailsLine> shown = new ArrayList<>();
        a.correctPerson(seen[0], mine, "given name misspelt", (newest, merged, why) -> shown.add(merged));
        assertTrue(a.race().offeredProperty().get());
        assertTrue(a.race().messageProperty().get().startsWith("deskb saved this person's details at "),
                a.race().messageProperty().get());
        a.race().reload();
        assertFalse(a.race().offeredProperty().get());
        assertTrue(shown.isEmpty(), "Reload shows the record only");

        a.correctPerson(seen[0], mine, "given name misspelt", (newest, merged, why) -> shown.add(merged));
        a.race().reapply();
        assertEquals(1, shown.size());
        assertEquals("Tessa", shown.get(0).givenName(), "desk A's change is put back");
        assertEquals("Victimson-Smith", shown.get(0).familyName(), "desk B's change stays");
        a.correctPerson(shown.get(0), shown.get(0), "given name misspelt", (x, y, z) -> { });
        assertFalse(a.race().offeredProperty().get());
        a.person(victim, line -> seen[0] = line);
        assertNotNull(seen[0]);
        assertEquals("Tessa Victimson-Smith", seen[0].givenName() + " " + seen[0].familyName());
    }

    private static PersonDetailsLine with(PersonDetailsLine p, String given, String family) {
        return new PersonDetailsLine(p.caseId(), p.personId(), p.role(), given, family, p.aliases(), p.dateOfBirth(),
                p.gender(), p.addressLine1(), p.town(), p.postcode(), p.version());
    }
}
