package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.CaseQueryService;
import org.maracdesk.security.SessionManager;

/**
 * The selections parsed ahead of an unlock (while the unlock screen is shown) are the unlock's own and the case
 * list's, and each parses with the result type it is run with: the head start swallows a failure, so a query
 * that stopped parsing would otherwise only cost time, unnoticed.
 */
class FirstQueriesTest {
    @TempDir
    Path dir;

    @Test
    void theUnlocksAndTheCaseListsQueriesAreParsedAheadAndEachParses() {
        List<PersistenceUnit.FirstQuery> first = TestVaults.persistenceUnit().firstQueries();
        assertTrue(first.containsAll(SessionManager.UNLOCK_QUERIES), "the unlock's own queries");
        assertTrue(first.containsAll(PersistenceUnit.FirstQuery.rows(CaseQueryService.ROW_QUERIES)),
                "the case list's row queries");
        try (Store store = TestVaults.create(dir.resolve("vault"), "coordinator", "first queries passphrase 1")) {
            store.read(session -> {
                for (PersistenceUnit.FirstQuery q : first) {
                    assertDoesNotThrow(() -> session.createSelectionQuery(q.hql(), q.resultType()), q.hql());
                }
                return null;
            });
        }
    }
}
