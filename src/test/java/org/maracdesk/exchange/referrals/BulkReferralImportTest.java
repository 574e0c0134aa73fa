package org.maracdesk.exchange.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.bulk.Cancellation;
import org.maracdesk.casework.bulk.CancelledException;
import org.maracdesk.casework.bulk.ProgressListener;
import org.maracdesk.casework.intake.IntakeResult;
import org.maracdesk.casework.intake.PossibleDuplicate;
import org.maracdesk.casework.intake.ReferralIntakeService;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Role;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.maracdesk.testdata.SyntheticReferrals;
import org.maracdesk.testdata.SyntheticReferrals.Row;
import org.maracdesk.testdata.VaultSnapshot;

/**
 * Imports of thousands of invented referrals (several chunks of {@link ReferralIntakeService#CHUNK})
 * into a real encrypted vault: all or nothing whatever fails and wherever, cancelling leaves the
 * vault as it was, and people and cases written in earlier chunks are found by later ones.
 * On both stores: an encrypted vault (H2) and a database on the test PostgreSQL server.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class BulkReferralImportTest {
    @Parameter
    StoreKind kind;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate LISTED = LocalDate.of(2026, 1, 10);
    private static final LocalDate SOON_AFTER = LocalDate.of(2026, 3, 1);
    private static final SyntheticReferrals.Person MARNIE =
            new SyntheticReferrals.Person("Marnie", "Pellworth", LocalDate.of(1991, 4, 17), "QK2 4NB");
    private static final SyntheticReferrals.Person CRAIG =
            new SyntheticReferrals.Person("Craig", "Pellworth", LocalDate.of(1988, 11, 2), null);
    private static final SyntheticReferrals.Person WADE =
            new SyntheticReferrals.Person("Wade", "Harrowfield", LocalDate.of(1980, 2, 2), null);

    @TempDir
    Path dir;
    private Store store;
    private ReferralImporter importer;

    @BeforeEach
    void vaultWithAListedCase() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "bulk import test passphrase");
        importer = new ReferralImporter(new ReferralIntakeService(() -> store,
                () -> new AccountInfo("coord", "Coordinator", Role.COORDINATOR, null), new org.maracdesk.security.AuditLog(CLOCK),
                new InstrumentRegistry(), CLOCK));
        store.doInTransaction(s -> {
            Person victim = new Person(MARNIE.givenName(), MARNIE.familyName(), MARNIE.dateOfBirth(), "FEMALE");
            Person perpetrator = new Person(CRAIG.givenName(), CRAIG.familyName(), CRAIG.dateOfBirth(), "MALE");
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

    private Path csv(List<Row> rows) throws Exception {
        Path file = dir.resolve("referrals-" + rows.size() + ".csv");
        SyntheticReferrals.writeCsv(file, rows);
        return file;
    }

    private static List<Row> rows(int count) {
        return new ArrayList<>(SyntheticReferrals.rows(count, 7, LocalDate.of(2026, 5, 31)));
    }

    @Test
    void aBadRowNearTheEndOfThousandsRejectsTheFileAndWritesNothing() throws Exception {
        List<Row> rows = rows(3_000);
        rows.set(2_950, rows.get(2_950).withDate(LocalDate.of(2026, 6, 2)));
        Map<String, String> before = VaultSnapshot.of(store);
        ReferralFileRejectedException e = assertThrows(ReferralFileRejectedException.class,
                () -> importer.importFile(csv(rows), "coord"));
        assertEquals(List.of(new ImportProblem(2_952, "referralDate", "is in the future (today is 2026-06-01)")),
                e.problems());
        assertEquals(before, VaultSnapshot.of(store));
    }

    @Test
    void aDatabaseFailureAfterSeveralChunksLeavesEveryTableAsItWas() throws Exception {
        List<Row> rows = rows(3_000);
        rows.set(2_990, rows.get(2_990).withVictimOf(new Row(null, null, MARNIE, CRAIG, null, 0)));
        store.withConnection(c -> c.createStatement().executeUpdate("alter table referral add constraint"
                + " test_refuses_one check (form_reference <> 'SYN-7-2990')"));
        Map<String, String> before = VaultSnapshot.of(store);
        List<Integer> reached = new ArrayList<>();
        assertThrows(RuntimeException.class, () -> importer.importFile(csv(rows), "coord",
                (done, total, left) -> reached.add(done), Cancellation.never()));
        assertEquals(List.of(500, 1_000, 1_500, 2_000, 2_500), reached, "five chunks were written before it failed");
        assertEquals(before, VaultSnapshot.of(store), "the known victim's case and details are unchanged too");
    }

    @Test
    void cancellingPartWayLeavesTheVaultAsItWas() throws Exception {
        List<Row> rows = rows(2_000);
        Map<String, String> before = VaultSnapshot.of(store);
        Cancellation cancel = new Cancellation();
        ProgressListener cancelAfterTwoChunks = (done, total, left) -> {
            if (done >= 1_000) {
                cancel.cancel();
            }
        };
        assertThrows(CancelledException.class, () -> importer.importFile(csv(rows), "coord", cancelAfterTwoChunks,
                cancel));
        assertEquals(before, VaultSnapshot.of(store));
    }

    @Test
    void peopleAndCasesFromEarlierChunksAreFoundAsRepeatsAndMatches() throws Exception {
        List<Row> rows = rows(3_000);
        Row knownPair = new Row(null, null, MARNIE, CRAIG, null, 0);
        Row newPartner = new Row(null, null, MARNIE, WADE, null, 0);
        rows.set(40, rows.get(40).withVictimOf(newPartner).withDate(SOON_AFTER));
        rows.set(41, rows.get(41).withVictimOf(newPartner).withDate(SOON_AFTER));
        rows.set(1_200, rows.get(1_200).withVictimOf(knownPair).withDate(SOON_AFTER));
        rows.set(2_600, rows.get(2_600).withVictimOf(newPartner).withDate(SOON_AFTER));
        rows.set(302, rows.get(302).withVictimOf(rows.get(301)));
        rows.set(2_300, rows.get(2_300).withVictimOf(rows.get(300)));
        SyntheticReferrals.Person first = rows.get(700).victim();
        String misspelt = first.familyName().substring(0, 3) + first.familyName().substring(2);
        rows.set(2_700, rows.get(2_700).withVictim(first.withFamilyName(misspelt)));
        SyntheticReferrals.Person early = rows.get(100).victim();
        String doubled = early.familyName().substring(0, 3) + early.familyName().substring(2);
        rows.set(1_400, rows.get(1_400).withVictim(early.withFamilyName(doubled)));

        ImportReport report = importer.importFile(csv(rows), "coord");

        IntakeResult result = report.result();
        assertEquals(3_000, result.referrals());
        assertEquals(6, result.addedToExistingCases(), "rows 40, 41, 302, 1200, 2300 and 2600 join earlier cases");
        assertEquals(2_994, result.newCases());
        assertEquals(5, result.repeats(), "rows 41, 1200 and 2600 name a pair listed within 12 months; rows 302"
                + " and 2300 a pair referred earlier in the same file (SafeLives counts from the last referral)");
        assertEquals(List.of("SYN-7-41", "SYN-7-302", "SYN-7-1200", "SYN-7-2300", "SYN-7-2600"), repeats());
        assertEquals(caseOf("SYN-7-300"), caseOf("SYN-7-2300"));
        assertEquals(caseOf("SYN-7-301"), caseOf("SYN-7-302"));
        assertEquals("MD-2025-00007", caseOf("SYN-7-2600"));
        assertEquals(1, count("select count(p) from Person p where p.familyName = 'Harrowfield'"),
                "the new partner named in chunk 1 is the same person in chunk 6");
        PossibleDuplicate review = result.toReview().stream().filter(d -> d.index() == 2_700).findFirst()
                .orElseThrow(() -> new AssertionError("the misspelt victim is not reported"));
        assertEquals(caseOf("SYN-7-700"), review.existingCaseReference());
        assertNotEquals(review.existingCaseReference(), review.caseReference(), "reported, never merged");
        assertTrue(review.explanation().contains("surname spelt differently"), review.explanation());
        PossibleDuplicate sameWindow = result.toReview().stream().filter(d -> d.index() == 1_400).findFirst()
                .orElseThrow(() -> new AssertionError("the victim of chunk 1 misspelt in chunk 3, read ahead before"
                        + " either was written, is not reported"));
        assertEquals(caseOf("SYN-7-100"), sameWindow.existingCaseReference());
    }

    @Test
    void aPerpetratorWithADateOfBirthIsTheSamePersonAcrossVictimsStoredOrWrittenInEarlierChunks() throws Exception {
        List<Row> rows = rows(1_200);
        SyntheticReferrals.Person shane = rows.get(5).perpetrator();
        rows.set(20, rows.get(20).withPerpetrator(CRAIG));
        rows.set(1_100, rows.get(1_100).withPerpetrator(new SyntheticReferrals.Person(shane.givenName().toUpperCase(),
                shane.familyName(), shane.dateOfBirth(), null)));
        rows.set(1_101, rows.get(1_101).withPerpetrator(shane.withFamilyName(shane.familyName() + "e")));

        importer.importFile(csv(rows), "coord");

        assertEquals(1L, (long) store.read(s -> s.createSelectionQuery("select count(p) from Person p where p.givenName"
                + " = 'Craig' and p.familyName = 'Pellworth' and p.dateOfBirth = :born", Long.class)
                .setParameter("born", CRAIG.dateOfBirth()).getSingleResult()),
                "the stored perpetrator named with another victim");
        assertEquals(List.of(personNamedIn("SYN-7-5")), List.of(personNamedIn("SYN-7-1100")),
                "the perpetrator of chunk 1 named again in chunk 3, the first name in capitals");
        assertNotEquals(personNamedIn("SYN-7-5"), personNamedIn("SYN-7-1101"), "a surname spelt differently is"
                + " not the same person");
    }

    private long personNamedIn(String formReference) {
        return store.read(s -> s.createSelectionQuery("select rp.person.id from ReferralPerson rp"
                + " where rp.referral.formReference = :f and rp.role = org.maracdesk.casework.PersonRole.PERPETRATOR",
                Long.class).setParameter("f", formReference).getSingleResult());
    }

    private List<String> repeats() {
        return store.read(s -> s.createSelectionQuery("select r.formReference from Referral r"
                + " where r.repeatReferral = true order by r.id", String.class).getResultList());
    }

    private String caseOf(String formReference) {
        return store.read(s -> s.createSelectionQuery("select c.reference from Referral r join r.maracCase c"
                + " where r.formReference = :f", String.class).setParameter("f", formReference).getSingleResult());
    }

    private long count(String hql) {
        return store.read(s -> s.createSelectionQuery(hql, Long.class).getSingleResult());
    }
}
