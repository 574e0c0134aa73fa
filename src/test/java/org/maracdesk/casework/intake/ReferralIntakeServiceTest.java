package org.maracdesk.casework.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maracdesk.casework.intake.TestReferrals.craig;
import static org.maracdesk.casework.intake.TestReferrals.marnie;
import static org.maracdesk.casework.intake.TestReferrals.referral;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.matching.MatchStrength;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.risk.ReferralContext;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.risk.RiskEngine;
import org.maracdesk.risk.RiskThresholds;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * Recording referrals in a real store: cases, repeats, possible duplicates, all or nothing.
 * On both stores: an encrypted vault (H2) and a database on the test PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReferralIntakeServiceTest {
    @Parameter
    StoreKind kind;
    private static final LocalDate LISTED = LocalDate.of(2025, 3, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private ReferralIntakeService intake;
    private final InstrumentRegistry instruments = new InstrumentRegistry();

    @BeforeEach
    void vaultWithAListedCase() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "intake test passphrase");
        intake = new ReferralIntakeService(() -> store, () -> new org.maracdesk.security.AccountInfo("coord", "Coordinator",
                org.maracdesk.security.Role.COORDINATOR, null), new org.maracdesk.security.AuditLog(CLOCK), instruments, CLOCK);
        store.doInTransaction(s -> {
            Person victim = new Person("Marnie", "Pellworth", TestReferrals.VICTIM_DOB, "FEMALE");
            Person perpetrator = new Person("Craig", "Pellworth", LocalDate.of(1988, 11, 2), "MALE");
            s.persist(victim);
            s.persist(perpetrator);
            MaracCase c = new MaracCase("MD-2025-00007", victim, "Kestrel Vale", LISTED.minusDays(20));
            c.getPerpetrators().add(perpetrator);
            s.persist(c);
            Meeting m = new Meeting(LISTED, "Kestrel Vale", null, true, LISTED.minusDays(7), MeetingStatus.CLOSED);
            s.persist(m);
            s.persist(new Listing(m, c, 1, false));
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private record Stored(String caseReference, boolean repeat, LocalDate lastListing, ReferralStatus status) {
    }

    private Stored stored(String formReference) {
        return store.read(s -> {
            Object[] r = s.createSelectionQuery("select c.reference, r.repeatReferral, r.lastListingDate, r.status"
                    + " from Referral r left join r.maracCase c where r.formReference = :f", Object[].class)
                    .setParameter("f", formReference).getSingleResult();
            return new Stored((String) r[0], (Boolean) r[1], (LocalDate) r[2], (ReferralStatus) r[3]);
        });
    }

    private boolean engineSaysRepeat(LocalDate referred) {
        return new RiskEngine().score(instruments.get("dash-24"), TestReferrals.dash(15),
                new ReferralContext(referred, 1, LISTED, null), RiskThresholds.defaults()).meets(ReferralRoute.REPEAT);
    }

    @Test
    void repeatIsMarkedAt364And365DaysAfterTheLastListingAndNotAt366() {
        // Latest first: each recorded referral is then after the next one's date, so every one counts
        // from the listing alone (a referral counts from the last referral on or before its own date).
        int[] days = {366, 365, 364};
        boolean[] expected = {false, true, true};
        for (int i = 0; i < days.length; i++) {
            LocalDate referred = LISTED.plusDays(days[i]);
            IntakeResult result = intake.record(List.of(referral("R" + days[i], referred, marnie(), craig())),
                    "coordinator");
            Stored s = stored("R" + days[i]);
            assertEquals(expected[i], s.repeat(), days[i] + " days after the listing");
            assertEquals(engineSaysRepeat(referred), s.repeat(), "the marker agrees with the risk engine");
            assertEquals(expected[i] ? 1 : 0, result.repeats());
            assertEquals(LISTED, s.lastListing(), "the pair's last listing is kept either way");
            assertEquals("MD-2025-00007", s.caseReference(), "an exact victim joins the existing case");
            assertEquals(1, result.addedToExistingCases());
        }
    }

    @Test
    void anImportIsAuditedWithTheCasesItCreatedOrAddedTo() {
        RelatedPerson someoneElse = RelatedPerson.of(PersonDetails.named("Lewis", "Harrowfield", null), "partner");
        intake.record(List.of(referral("A1", LISTED.plusDays(30), marnie(), craig()),
                referral("A2", LISTED.plusDays(31), PersonDetails.named("Odile", "Brackenridge",
                        LocalDate.of(1991, 4, 9)), someoneElse)), "coordinator");
        List<Object[]> entries = store.read(s -> s.createNativeQuery("select e.seq, e.action, e.entity_id"
                + " from audit_entry e where e.entity_type = 'referral-import'", Object[].class).getResultList());
        assertEquals(1, entries.size(), "one entry for the whole import");
        assertEquals("CHANGED", entries.get(0)[1]);
        assertEquals("2", entries.get(0)[2], "the entry names how many referrals were recorded");
        long seq = ((Number) entries.get(0)[0]).longValue();
        List<String> cases = store.read(s -> s.createNativeQuery("select c.reference from audit_case_read r"
                + " join marac_case c on c.id = r.case_id where r.audit_seq = :seq order by c.reference",
                String.class).setParameter("seq", seq).getResultList());
        assertEquals(2, cases.size(), "the existing case it joined and the case it created: " + cases);
        assertTrue(cases.contains("MD-2025-00007"));
    }

    @Test
    void aDifferentPerpetratorIsNotARepeatForTheSameVictim() {
        RelatedPerson someoneElse = RelatedPerson.of(PersonDetails.named("Lewis", "Harrowfield", null), "partner");
        intake.record(List.of(referral("R1", LISTED.plusDays(30), marnie(), someoneElse)), "coordinator");
        Stored s = stored("R1");
        assertEquals(false, s.repeat());
        assertNull(s.lastListing());
        assertEquals("MD-2025-00007", s.caseReference());
    }

    @Test
    void misspeltVictimOpensANewCaseAndIsReportedNotMerged() {
        PersonDetails misspelt = PersonDetails.named("Marnie", "Pelworth", TestReferrals.VICTIM_DOB);
        IntakeResult result = intake.record(List.of(referral("R1", LISTED.plusDays(30), misspelt, craig())),
                "coordinator");
        assertEquals(1, result.newCases());
        assertEquals(0, result.addedToExistingCases());
        assertEquals(0, result.repeats(), "a new victim record has no listing, so no repeat");
        PossibleDuplicate d = result.toReview().get(0);
        assertEquals("MD-2025-00007", d.existingCaseReference());
        assertEquals(MatchStrength.LIKELY, d.strength());
        assertEquals("same date of birth; surname spelt differently; same first name", d.explanation());
        assertTrue(stored("R1").caseReference().startsWith("MD-" + LISTED.plusDays(30).getYear() + "-"));
        long kept = store.read(s -> s.createSelectionQuery("select count(*) from Referral r join r.possibleMatches m",
                Long.class).getSingleResult());
        assertEquals(1, kept, "the possible match is stored with the referral for review");
    }

    @Test
    void declinedReferralHasNoCaseAndNeedsAReason() {
        LocalDate date = LISTED.plusDays(40);
        IntakeRejectedException e = assertThrows(IntakeRejectedException.class, () -> intake.record(
                List.of(referral("R1", date, ReferralStatus.DECLINED, " ", marnie(), craig())), "coordinator"));
        assertEquals(List.of(new FieldProblem(0, "decisionReason", "is required")), e.problems());
        intake.record(List.of(referral("R1", date, ReferralStatus.DECLINED, "Out of area", marnie(), craig())),
                "coordinator");
        assertEquals(new Stored(null, true, LISTED, ReferralStatus.DECLINED), stored("R1"));
    }

    @Test
    void sameNewVictimTwiceInOneBatchOpensOneCase() {
        PersonDetails sofia = PersonDetails.named("Sofia", "Larkspur", LocalDate.of(2001, 7, 8));
        RelatedPerson jordan = RelatedPerson.of(PersonDetails.named("Jordan", "Ashby", null), "partner");
        IntakeResult result = intake.record(List.of(referral("A", LISTED.plusDays(1), sofia, jordan),
                referral("B", LISTED.plusDays(2), sofia, jordan)), "coordinator");
        assertEquals(1, result.newCases());
        assertEquals(1, result.addedToExistingCases());
        assertEquals(stored("A").caseReference(), stored("B").caseReference());
        long perpetrators = store.read(s -> s.createSelectionQuery("select count(p) from Person p"
                + " where p.givenName = 'Jordan'", Long.class).getSingleResult());
        assertEquals(1, perpetrators, "the perpetrator named again on the same case is the same person");
    }

    @Test
    void anAcceptedReferralNotYetHeardStartsTheRepeatWindowAsSafeLivesCountsIt() {
        RelatedPerson jordan = RelatedPerson.of(PersonDetails.named("Jordan", "Ashby", null), "partner");
        PersonDetails sofia = PersonDetails.named("Sofia", "Larkspur", LocalDate.of(2001, 7, 8));
        LocalDate first = LocalDate.of(2025, 5, 2);
        intake.record(List.of(referral("S1", first, sofia, jordan)), "coordinator");
        intake.record(List.of(referral("S2", first.plusDays(365), sofia, jordan)), "coordinator");
        assertTrue(stored("S2").repeat(), "365 days after a referral never listed is still a repeat");
        assertEquals(first, stored("S2").lastListing(), "the date counted from is the last referral's");

        PersonDetails ada = PersonDetails.named("Ada", "Fernleigh", LocalDate.of(1994, 2, 3));
        RelatedPerson kit = RelatedPerson.of(PersonDetails.named("Kit", "Orrin", null), "partner");
        intake.record(List.of(referral("F1", first, ada, kit), referral("F2", first.plusDays(366), ada, kit)),
                "coordinator");
        assertTrue(!stored("F2").repeat(), "366 days after: a new referral, not a repeat");
        assertNull(stored("F1").lastListing(), "the first referral of a pair has nothing before it");

        PersonDetails bea = PersonDetails.named("Bea", "Thornaby", LocalDate.of(1990, 9, 9));
        RelatedPerson lee = RelatedPerson.of(PersonDetails.named("Lee", "Cardew", null), "partner");
        intake.record(List.of(referral("B1", first, bea, lee), referral("B2", first.plusDays(40), bea, lee)),
                "coordinator");
        assertTrue(stored("B2").repeat(), "an earlier row of the same file counts");
    }

    @Test
    void mustNotReceiveEntriesAreHeldOnTheCase() {
        NewReferral base = referral("R1", LISTED.plusDays(5), marnie(), craig());
        NewReferral withBar = new NewReferral(base.formReference(), base.referralDate(), base.status(), null,
                base.referringAgency(), base.referrer(), base.victim(), base.perpetrators(), List.of(), List.of(),
                base.risk(), base.flags(), null, null, null, null, null, false,
                List.of(new MustNotReceiveEntry(Agency.HOUSING, null, "Relative works there"),
                        new MustNotReceiveEntry(null, "Gail Example", "The perpetrator's mother")));
        intake.record(List.of(withBar), "coordinator");
        List<Object[]> rows = store.read(s -> s.createSelectionQuery("select c.reference, m.agencyCode"
                + " from MustNotReceive m join m.maracCase c order by m.id", Object[].class).getResultList());
        assertEquals(2, rows.size());
        assertEquals("MD-2025-00007", rows.get(0)[0]);
        assertEquals("housing", rows.get(0)[1]);
    }

    @Test
    void aFormReferenceAlreadyRecordedRejectsTheWholeBatch() {
        intake.record(List.of(referral("R1", LISTED.plusDays(5), marnie(), craig())), "coordinator");
        PersonDetails other = PersonDetails.named("Hanna", "Vale", LocalDate.of(1970, 10, 25));
        IntakeRejectedException e = assertThrows(IntakeRejectedException.class, () -> intake.record(List.of(
                referral("NEW", LISTED.plusDays(6), other, craig()),
                referral("R1", LISTED.plusDays(6), marnie(), craig())), "coordinator"));
        assertEquals(List.of(new FieldProblem(1, "formReference", "this referral has already been recorded")),
                e.problems());
        long hanna = store.read(s -> s.createSelectionQuery("select count(p) from Person p where p.givenName = 'Hanna'",
                Long.class).getSingleResult());
        assertEquals(0, hanna, "the good referral of the rejected batch was not written either");
    }
}
