package org.maracdesk.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.matching.MatchStrength;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;
import org.maracdesk.store.TestStores;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Matching against people stored in a real store (all invented): an encrypted vault, and PostgreSQL. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PersonMatchServiceTest {
    @Parameter
    StoreKind kind;
    @TempDir
    Path dir;
    private Store store;
    private PersonMatchService service;
    private Map<String, Long> ids;

    @BeforeEach
    void storePeople() {
        store = TestStores.create(kind, dir.resolve("vault"), "coordinator", "matching test passphrase");
        service = new PersonMatchService(() -> store);
        ids = store.inTransaction(s -> {
            Person marnie = person("Marnie", "Pellworth", LocalDate.of(1991, 4, 17), "QK2 4NB");
            marnie.setAliases("Marnie Quillfeather");
            Person ioana = person("Ioana", "Marić", LocalDate.of(1985, 3, 9), "QS3 7HP");
            Person craig = person("Craig", "Pellworth", LocalDate.of(1988, 11, 2), "QK6 1DW");
            Person hanna = person("Hanna", "Vale", LocalDate.of(1991, 4, 17), "QF2 8LT");
            for (Person p : List.of(marnie, ioana, craig, hanna)) {
                s.persist(p);
            }
            return Map.of("marnie", marnie.getId(), "ioana", ioana.getId(), "craig", craig.getId(),
                    "hanna", hanna.getId());
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Person person(String given, String family, LocalDate dob, String postcode) {
        Person p = new Person(given, family, dob, Gender.FEMALE.name());
        p.setAddress(null, null, postcode, null);
        return p;
    }

    private List<Long> found(PersonQuery q) {
        return service.find(q).stream().map(PersonMatch::personId).toList();
    }

    @Test
    void findsAMisspeltSurname() {
        List<PersonMatch> matches = service.find(PersonQuery.of("Marnie", "Pelworth", LocalDate.of(1991, 4, 17),
                null));
        assertEquals(ids.get("marnie"), matches.get(0).personId());
        assertEquals(MatchStrength.LIKELY, matches.get(0).strength());
        assertEquals("same date of birth; surname spelt differently; same first name", matches.get(0).explanation());
    }

    @Test
    void findsAnAliasWhoseSurnameSoundsNothingLikeTheRecordedOne() {
        assertEquals(List.of(ids.get("marnie")), found(PersonQuery.of("Marnie", "Quillfeather", null, null)));
    }

    @Test
    void findsABirthDateWithDayAndMonthSwapped() {
        List<PersonMatch> matches = service.find(PersonQuery.of("Ioana", "Maric", LocalDate.of(1985, 9, 3), null));
        assertEquals(ids.get("ioana"), matches.get(0).personId());
        assertTrue(matches.get(0).explanation().startsWith("date of birth with day and month swapped"));
    }

    @Test
    void findsTheExactPersonAndNoUnrelatedOnes() {
        List<PersonMatch> matches = service.find(PersonQuery.of("MARNIE", "pellworth", LocalDate.of(1991, 4, 17),
                "QK2 4NB"));
        assertEquals(1, matches.size(), () -> "unrelated people matched: " + matches);
        assertEquals(MatchStrength.EXACT, matches.get(0).strength());
    }

    @Test
    void doesNotMatchUnrelatedPeople() {
        assertEquals(List.of(), found(PersonQuery.of("Sofia", "Larkspur", LocalDate.of(2001, 7, 8), "QK2 4NB")));
        assertEquals(List.of(), found(PersonQuery.of("Dorin", "Ashby", LocalDate.of(1991, 4, 17), null)));
    }

    @Test
    void peopleStoredBeforeNameKeysExistedAreKeyedAndFound() {
        store.doInTransaction(s -> s.createNativeMutationQuery("delete from person_name_key").executeUpdate());
        store.doInTransaction(s -> s.createNativeMutationQuery("delete from person_blocking_key").executeUpdate());
        store.doInTransaction(s -> s.createNativeMutationQuery("update person set name_key_version = null")
                .executeUpdate());
        assertEquals(List.of(ids.get("marnie")), found(PersonQuery.of("Marnie", "Pelworth", null, null)));
        long keyed = store.read(s -> s.createSelectionQuery("select count(p) from Person p"
                + " where p.nameKeyVersion is not null", Long.class).getSingleResult());
        assertEquals(4, keyed);
    }

    @Test
    void peopleKeyedBeforeBlockingKeysExistedAreKeyedAgainOnTheFirstSearch() {
        store.doInTransaction(s -> s.createNativeMutationQuery("delete from person_blocking_key").executeUpdate());
        store.doInTransaction(s -> s.createNativeMutationQuery("update person set name_key_version = 1")
                .executeUpdate());
        assertEquals(List.of(), blockingKeys(ids.get("ioana")));
        assertEquals(ids.get("ioana"), service.find(PersonQuery.of("Ioana", "Maric", LocalDate.of(1985, 9, 3), null))
                .get(0).personId());
        assertEquals(List.of("D:1985-03-09", "G:M620A", "N:M620", "P:QS37HP"), blockingKeys(ids.get("ioana")));
        long keyed = store.read(s -> s.createNativeQuery("select count(distinct person_id) from person_blocking_key",
                Long.class).getSingleResult());
        assertEquals(4, keyed);
    }

    @Test
    void blockingKeysFollowEveryChangeOfAddressAndAliases() {
        store.doInTransaction(s -> {
            Person marnie = s.get(Person.class, ids.get("marnie"));
            marnie.setAddress("1 Example Row", "Thistlecombe", "QM7 2RA", null);
            marnie.setAliases("Marnie Quillfeather; Marnie Oxenby");
        });
        assertEquals(List.of("D:1991-04-17", "G:A251M", "G:K413M", "G:P463M", "N:A251", "N:K413", "N:P463",
                "P:QM72RA"),
                blockingKeys(ids.get("marnie")));
        assertEquals(List.of(ids.get("marnie")), found(PersonQuery.of("Marnie", "Oxenby", null, null)));
        assertEquals(List.of(ids.get("marnie")), found(PersonQuery.of("Marnie", "Quillfeather", null, null)));
    }

    private List<String> blockingKeys(long personId) {
        return store.read(s -> s.createNativeQuery("select block_key from person_blocking_key where person_id = :p"
                + " order by block_key", String.class).setParameter("p", personId).getResultList());
    }
}
