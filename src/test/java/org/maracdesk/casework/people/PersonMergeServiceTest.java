package org.maracdesk.casework.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
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
import org.maracdesk.casework.CaseViewService;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonCorrectionService;
import org.maracdesk.casework.intake.MustNotReceiveEntry;
import org.maracdesk.casework.intake.MustNotReceiveItem;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.casework.meetings.MeetingVault;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreKind;

/** Possible duplicate people and merging two records of one person (issue 14), on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonMergeServiceTest {
    private static final Clock CLOCK = Clock.fixed(MeetingVault.TODAY.atTime(11, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private static final LocalDate TYPED = LocalDate.of(1991, 5, 6);
    private static final LocalDate RIGHT = LocalDate.of(1991, 6, 5);
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private MeetingVault vault;
    private long firstCase;
    private long secondCase;
    private long first;
    private long second;

    @BeforeEach
    void twoRecordsOfOnePersonFlaggedByAnImport() {
        vault = new MeetingVault(kind, dir.resolve("vault"));
        firstCase = vault.namedCase("Morwen", "Testrecord", RIGHT, null);
        secondCase = vault.namedCase("Morwenna", "Testrecord", TYPED, null);
        first = cases().open(firstCase).victim().id();
        second = cases().open(secondCase).victim().id();
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("insert into referral_possible_match"
                + " (referral_id, person_id, score, reasons) select r.id, :p, 82, 'same family name; date of birth"
                + " with day and month swapped' from referral r where r.case_id = :c").setParameter("p", first)
                .setParameter("c", secondCase).executeUpdate());
    }

    @AfterEach
    void lock() {
        vault.lock();
    }

    private PersonMergeService service() {
        return new PersonMergeService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK, barred());
    }

    private MustNotReceiveService barred() {
        return new MustNotReceiveService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }

    private CaseViewService cases() {
        return new CaseViewService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK));
    }

    private MergeRequest request(MergeComparison c, Set<MergeField> fromMerged, String reason) {
        return new MergeRequest(c.first().personId(), c.first().version(), c.second().personId(),
                c.second().version(), fromMerged, reason);
    }

    private long audited(String type) {
        return vault.store().read(s -> s.createSelectionQuery("select count(e) from AuditEntry e where e.entityType"
                + " = :t", Long.class).setParameter("t", type).getSingleResult());
    }

    @Test
    void theImportsFlagIsOnTheReviewListAndAMergeMovesTheCaseKeepsTheChosenValuesAndRecordsThem() {
        DuplicateList list = service().duplicates();
        assertEquals(1, list.pairs().size());
        DuplicatePair pair = list.pairs().get(0);
        assertEquals(List.of(first, second), List.of(pair.firstId(), pair.secondId()));
        assertEquals(List.of("NMD-2 (victim)"), pair.secondCases());
        assertEquals(82, pair.score());

        MergeComparison c = service().compare(first, second);
        assertNull(c.refusal());
        assertEquals("Morwenna Testrecord", c.second().name());
        assertThrows(IllegalArgumentException.class, () -> service().merge(request(c, Set.of(), " ")),
                "a reason is needed");
        MergeResult done = service().merge(request(c, Set.of(MergeField.GIVEN_NAME),
                "Same woman: the second referral misspelt her name and swapped her date of birth"));

        assertEquals(1, done.cases());
        assertEquals(1, done.referrals());
        assertEquals(first, cases().open(secondCase).victim().id(), "the second case now names the kept person");
        assertEquals("Morwenna Testrecord", cases().open(firstCase).victim().name(), "the chosen given name");
        assertEquals(RIGHT, cases().open(secondCase).victim().dateOfBirth(), "the kept date of birth");
        assertNull(vault.store().read(s -> s.find(Person.class, second)), "the merged record is gone");
        assertEquals(List.of(), service().duplicates().pairs(), "a merged pair leaves the list");
        List<ChangeHistory.Line> history = corrections().changes(firstCase, first);
        ChangeHistory.Line given = history.stream().filter(l -> l.field().equals("givenName")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Morwen", "Morwenna"), List.of(given.oldValue(), given.newValue()));
        assertTrue(given.reason().contains("swapped her date of birth"), given.reason());
        assertTrue(history.stream().anyMatch(l -> l.field().equals("mergedFrom")
                && l.oldValue().contains("Morwenna Testrecord")), "the merged record's values are kept in history");
        assertEquals(1, audited("person-merge"));
    }

    private PersonCorrectionService corrections() {
        return new PersonCorrectionService(vault.sessions(), vault.sessions(), new AuditLog(CLOCK), CLOCK);
    }

    @Test
    void mustNotReceiveOfEitherRecordHoldsForEveryCaseOfTheMergedPerson() {
        barred().add("NMD-1", new MustNotReceiveEntry(Agency.HOUSING, null, "The perpetrator works for housing"));
        barred().add("NMD-2", new MustNotReceiveEntry(null, "Test Neighbour", "Related to the perpetrator"));
        MergeComparison c = service().compare(first, second);
        assertEquals(2, c.carried().size(), c.carried().toString());

        MergeResult done = service().merge(request(c, Set.of(), "One person, two records"));

        assertEquals(2, done.carried());
        List<MustNotReceiveItem> onSecond = barred().list("NMD-2");
        assertTrue(onSecond.stream().anyMatch(i -> i.agency() == Agency.HOUSING && i.current()),
                "housing, barred from the first record's case, is barred from the second's too: " + onSecond);
        assertTrue(barred().list("NMD-1").stream().anyMatch(i -> "Test Neighbour".equals(i.personName())));
        assertEquals(2, barred().list("NMD-1").size(), "nothing twice");
    }

    @Test
    void aVictimAndAPerpetratorOfOneCaseAreNeverMerged() {
        vault.store().doInTransaction(s -> s.createNativeMutationQuery("insert into case_perpetrator (case_id,"
                + " person_id) values (:c, :p)").setParameter("c", firstCase).setParameter("p", second).executeUpdate());
        MergeComparison c = service().compare(first, second);
        assertTrue(c.refusal() != null && c.refusal().contains("NMD-1"), String.valueOf(c.refusal()));
        assertThrows(IllegalArgumentException.class, () -> service().merge(request(c, Set.of(), "Same person")));
        assertEquals(second, cases().open(secondCase).victim().id(), "nothing moved");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsHalfWritten() {
        MergeComparison c = service().compare(first, second);
        vault.store().doInTransaction(s -> s.find(Person.class, second).setAliases("Wenna"));
        assertThrows(IllegalStateException.class, () -> service().merge(request(c, Set.of(MergeField.GIVEN_NAME),
                "Same person")));
        assertEquals(second, cases().open(secondCase).victim().id());
        assertEquals("Morwen Testrecord", cases().open(firstCase).victim().name());
        assertEquals(1, service().duplicates().pairs().size());
    }

    @Test
    void onlyTheCoordinatorReviewsAndMerges() throws Exception {
        MergeComparison c = service().compare(first, second);
        for (String user : List.of("chair", "police")) {
            vault.as(user);
            assertThrows(NotPermittedException.class, () -> service().duplicates());
            assertThrows(NotPermittedException.class, () -> service().compare(first, second));
            assertThrows(NotPermittedException.class, () -> service().merge(request(c, Set.of(), "Same")));
        }
        vault.as("coordinator");
        assertEquals(second, cases().open(secondCase).victim().id());
    }

    @Test
    void differentPeopleLeaveTheListWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> service().notDuplicates(first, second, ""));
        assertEquals(1, service().notDuplicates(first, second, "Sisters: different people"));
        assertEquals(List.of(), service().duplicates().pairs());
        assertEquals(1, audited("person-not-duplicate"));
        assertThrows(IllegalArgumentException.class, () -> service().notDuplicates(first, second, "again"));
    }
}
