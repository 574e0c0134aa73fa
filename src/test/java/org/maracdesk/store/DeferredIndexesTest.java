package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes dropped for a bulk load come back exactly as the migrations made them, and are used again. */
class DeferredIndexesTest {
    private static final String PASSPHRASE = "deferred indexes passphrase 1";

    @TempDir
    Path dir;

    private static String plan(Store store, String sql) {
        return store.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("explain " + sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void droppedIndexesComeBackAsTheyWereAndQueriesUseThemAgain() {
        try (Store store = TestVaults.create(dir.resolve("vault"), "coordinator", PASSPHRASE)) {
            List<String> before = TestVaults.indexes(store);
            String byBlockKey = "select person_id from person_blocking_key where block_key = 'N:SMT'";
            assertTrue(plan(store, byBlockKey).contains("PERSON_BLOCKING_KEY_IDX"), plan(store, byBlockKey));

            DeferredIndexes deferred = DeferredIndexes.drop(store,
                    List.of("person_blocking_key_idx", "person_family_fold_idx"));
            List<String> without = TestVaults.indexes(store);
            assertEquals(before.size() - 2, without.size());
            assertFalse(without.stream().anyMatch(i -> i.contains("PERSON_FAMILY_FOLD_IDX")), without.toString());
            assertFalse(plan(store, byBlockKey).contains("PERSON_BLOCKING_KEY_IDX"));

            AtomicInteger checks = new AtomicInteger();
            deferred.recreate(store, checks::incrementAndGet);
            assertEquals(2, checks.get(), "the caller is asked before each index (to cancel)");
            assertEquals(before, TestVaults.indexes(store), "the same names, tables and columns in the same order");
            assertTrue(plan(store, byBlockKey).contains("PERSON_BLOCKING_KEY_IDX"), plan(store, byBlockKey));
        }
    }

    @Test
    void aNameThatIsNotAPlainIndexIsRefusedBeforeAnythingIsDropped() {
        try (Store store = TestVaults.create(dir.resolve("vault"), "coordinator", PASSPHRASE)) {
            List<String> before = TestVaults.indexes(store);
            assertThrows(IllegalArgumentException.class,
                    () -> DeferredIndexes.drop(store, List.of("person_dob_idx", "no_such_idx")));
            String unique = store.withConnection(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select index_name from"
                        + " information_schema.indexes where table_schema = 'PUBLIC'"
                        + " and index_type_name = 'UNIQUE INDEX' limit 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThrows(IllegalArgumentException.class,
                    () -> DeferredIndexes.drop(store, List.of("person_dob_idx", unique)), "a unique index is kept");
            assertThrows(IllegalArgumentException.class,
                    () -> DeferredIndexes.drop(store, List.of("person_dob_idx; drop table person")));
            assertEquals(before, TestVaults.indexes(store), "nothing dropped");
        }
    }
}
