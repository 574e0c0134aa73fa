package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.Person;

/**
 * The SessionFactory is built while the unlock form is shown, before there is a database (decision 0077):
 * building it must not ask for a connection, and HQL that changes an entity spread over two tables (a person
 * and its contact row) must still work once the store is open, with temporary tables made when it runs.
 */
class SessionFactoryBeforeUnlockTest {
    @TempDir
    Path dir;

    @Test
    void theFactoryIsBuiltWithoutAskingForTheDatabase() {
        for (StoreKind kind : StoreKind.values()) {
            PersistenceUnit.Prepared prepared = TestVaults.persistenceUnit().prepare(TestVaults.SAME_THREAD, kind);
            assertFalse(prepared.askedForDatabaseBeforeOpening(), kind + ": the factory asked for a connection");
            prepared.discard();
        }
    }

    @Test
    void hqlOverBothTablesOfAnEntityWorks() {
        try (Store store = TestVaults.create(dir.resolve("vault"), "coordinator", "correct horse battery staple")) {
            long id = store.inTransaction(s -> {
                Person p = new Person("Alys", "Brennock", LocalDate.of(1990, 4, 2), "F");
                p.setAddress("1 Quarry Row", "Oldtown", "ZZ1 1ZZ", "North");
                s.persist(p);
                s.flush();
                return p.getId();
            });
            store.doInTransaction(s -> assertEquals(1, s.createMutationQuery(
                    "update Person p set p.town = :t where p.id = :id and p.familyName = :f")
                    .setParameter("t", "Newtown").setParameter("id", id).setParameter("f", "Brennock")
                    .executeUpdate()));
            assertEquals("Newtown", store.read(s -> s.get(Person.class, id).getTown()));
            store.doInTransaction(s -> assertEquals(1, s.createMutationQuery(
                    "delete from Person p where p.id = :id and p.town = :t").setParameter("id", id)
                    .setParameter("t", "Newtown").executeUpdate()));
            assertEquals(0L, (long) store.withConnection(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "select count(*) from person_contact where person_id = " + id)) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        }
    }
}
