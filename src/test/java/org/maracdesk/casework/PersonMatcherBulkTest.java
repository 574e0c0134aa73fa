package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.maracdesk.casework.matching.Candidate;
import org.maracdesk.casework.matching.PendingPeople;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;

/**
 * The two shortcuts a bulk import takes give what {@link PersonMatcher#find} gives: {@link PersonMatcher#findExact}
 * (perpetrators) the same exact matches in the same order, and {@link PersonMatcher#readAhead} (a chunk's victims)
 * the same matches; people pending in the run win over their stored copies. Invented people, an encrypted vault
 * and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonMatcherBulkTest {
    private static final LocalDate BORN = LocalDate.of(1984, 3, 7);

    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private final PersonMatcher matcher = new PersonMatcher();
    private long far;
    private long near;

    @BeforeEach
    void storePeople() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "matching test passphrase");
        store.doInTransaction(s -> {
            far = persist(s, "Craig", "Ashby", BORN, "QK6 1DW", null);
            near = persist(s, "Craig", "Ashby", BORN, "QA1 2BC", null);
            persist(s, "craig", "ASH-BY", BORN, null, null);
            persist(s, "Craig", "Ashbey", BORN, "QA1 2BC", null);
            persist(s, "Ashby", "Craig", BORN, "QA1 2BC", null);
            persist(s, "Craig", "Ashby", LocalDate.of(1984, 7, 3), "QA1 2BC", null);
            persist(s, "Craig", "Thistlevale", BORN, null, "Craig Ashby");
            persist(s, "Dorin", "Ashby", BORN, "QA1 2BC", null);
        });
    }

    private static long persist(Session s, String given, String family, LocalDate dob, String postcode,
                                String aliases) {
        Person p = new Person(given, family, dob, Gender.MALE.name());
        p.setAddress(null, null, postcode, null);
        p.setAliases(aliases);
        s.persist(p);
        return p.getId();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Who, in order, and how strongly: the postcode (and its points) of a lone exact match is not read. */
    private List<String> exactOfFind(PersonQuery q, PendingPeople pending) {
        return store.read(s -> matcher.find(s, q, pending).stream().filter(PersonMatch::exact)
                .map(m -> m.personId() + " " + m.strength()).toList());
    }

    private List<String> findExact(PersonQuery q, PendingPeople pending) {
        return store.read(s -> matcher.findExact(s, q, pending).stream().map(m -> m.personId() + " " + m.strength())
                .toList());
    }

    private List<Long> exactIds(PersonQuery q, PendingPeople pending) {
        return store.read(s -> matcher.findExact(s, q, pending).stream().map(PersonMatch::personId).toList());
    }

    @Test
    void reportsTheExactMatchesOfFindInTheSameOrder() {
        for (PersonQuery q : List.of(PersonQuery.of("Craig", "Ashby", BORN, "QA1 2BC"),
                PersonQuery.of("Craig", "Ashby", BORN, "QK6 1DW"), PersonQuery.of("Craig", "Ashby", BORN, null),
                PersonQuery.of("Craig", "Ashby", LocalDate.of(1984, 7, 3), null),
                PersonQuery.of("Craig", "Ashby", null, "QA1 2BC"), PersonQuery.of("Wade", "Ashby", BORN, null))) {
            assertEquals(exactOfFind(q, new PendingPeople()), findExact(q, new PendingPeople()), q::toString);
        }
        List<Long> order = exactIds(PersonQuery.of("Craig", "Ashby", BORN, "QA1 2BC"), new PendingPeople());
        assertEquals(near, order.get(0), "the one at the same postcode first");
        assertEquals(3, order.size(), "the same name written differently is exact too: " + order);
    }

    @Test
    void peopleReadAheadForManyQueriesAreTheOnesEachQueryWouldRead() {
        PendingPeople pending = new PendingPeople();
        pending.put(new Candidate(near, "Craig", "Ashbey", null, BORN, "QA1 2BC"));
        List<PersonQuery> queries = List.of(PersonQuery.of("Craig", "Ashby", BORN, "QA1 2BC"),
                PersonQuery.of("Craig", "Ashby", LocalDate.of(1984, 7, 3), null),
                PersonQuery.of("Craig", "Ashby", null, null), PersonQuery.of("Dorin", "Ashby", null, "QA1 2BC"),
                PersonQuery.of("Ashby", "Craig", BORN, null), PersonQuery.of("Wade", "Quill", null, null));
        PersonQuery notReadAhead = PersonQuery.of("Craig", "Thistlevale", null, null);
        store.read(s -> {
            PersonMatcher.ReadAhead ahead = matcher.readAhead(s, queries);
            for (PersonQuery q : queries) {
                assertEquals(matcher.find(s, q, pending), matcher.find(s, q, pending, ahead), q::toString);
                assertEquals(matcher.find(s, q, new PendingPeople()), matcher.find(s, q, new PendingPeople(), ahead),
                        q::toString);
            }
            assertEquals(1, matcher.find(s, notReadAhead, pending, ahead).size(), "keys not read ahead are looked up");
            return null;
        });
        int found = store.read(s -> matcher.find(s, queries.get(0), new PendingPeople(),
                matcher.readAhead(s, queries)).size());
        assertTrue(found >= 6, "the born-that-day, the swapped date, the alias and the swapped names: " + found);
    }

    @Test
    void peopleBornOnTheDatesReadAheadGiveTheExactMatchesOfTheLookUpByDate() {
        PendingPeople pending = new PendingPeople();
        pending.put(new Candidate(near, "Craig", "Ashbey", null, BORN, "QA1 2BC"));
        pending.put(new Candidate(999_999L, "Craig", "Ashby", null, BORN, "QK6 1DW"));
        LocalDate swapped = LocalDate.of(1984, 7, 3);
        List<PersonQuery> queries = List.of(PersonQuery.of("Craig", "Ashby", BORN, "QA1 2BC"),
                PersonQuery.of("Craig", "Ashby", BORN, "QK6 1DW"), PersonQuery.of("Craig", "Ashby", BORN, null),
                PersonQuery.of("craig", "ash-by", BORN, "QA1 2BC"), PersonQuery.of("Craig", "Ashby", swapped, "QA1 2BC"),
                PersonQuery.of("Craig", "Ashby", swapped, null), PersonQuery.of("Wade", "Ashby", BORN, null),
                PersonQuery.of("Dorin", "Ashby", BORN, "QA1 2BC"), PersonQuery.of("Craig", "Ashby", null, "QA1 2BC"));
        LocalDate notReadAhead = LocalDate.of(1990, 1, 1);
        store.doInTransaction(s -> persist(s, "Craig", "Ashby", notReadAhead, "QA1 2BC", null));
        store.read(s -> {
            PersonMatcher.ReadAhead ahead = matcher.readAhead(s, List.of(), List.of(BORN, swapped, BORN));
            for (PersonQuery q : queries) {
                for (PendingPeople p : List.of(pending, new PendingPeople())) {
                    assertEquals(strengths(matcher.findExact(s, q, p)), strengths(matcher.findExact(s, q, p, ahead)),
                            q::toString);
                }
            }
            PersonQuery other = PersonQuery.of("Craig", "Ashby", notReadAhead, null);
            assertEquals(1, matcher.findExact(s, other, new PendingPeople(), ahead).size(),
                    "a date not read ahead is looked up");
            assertEquals(List.of(near, far), matcher.findExact(s, queries.get(0), new PendingPeople(), ahead).stream()
                    .map(PersonMatch::personId).toList().subList(0, 2), "the one at the same postcode first");
            return null;
        });
    }

    private static List<String> strengths(List<PersonMatch> matches) {
        return matches.stream().map(m -> m.personId() + " " + m.score() + " " + m.strength()).toList();
    }

    @Test
    void peoplePendingInTheRunWinOverTheirStoredCopies() {
        PendingPeople pending = new PendingPeople();
        pending.put(new Candidate(near, "Craig", "Ashbey", null, BORN, "QA1 2BC"));
        pending.put(new Candidate(999_999L, "Craig", "Ashby", null, BORN, "QK6 1DW"));
        for (PersonQuery q : List.of(PersonQuery.of("Craig", "Ashby", BORN, "QA1 2BC"),
                PersonQuery.of("Craig", "Ashby", BORN, "QK6 1DW"), PersonQuery.of("Craig", "Ashbey", BORN, null))) {
            assertEquals(exactOfFind(q, pending), findExact(q, pending), q::toString);
        }
        List<Long> ids = exactIds(PersonQuery.of("Craig", "Ashby", BORN, "QK6 1DW"), pending);
        assertEquals(List.of(far, 999_999L), ids.subList(0, 2));
    }
}
