package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.casework.actions.ActionVaults;
import org.maracdesk.security.SessionManager;

/**
 * The data return reads what each listed case adds (children, perpetrators' dates of birth, referrals, flags) a
 * chunk of cases at a time: however the period's cases fall into chunks, every count is the same.
 * {@code ExportServiceTest} checks the counts themselves against an independent count in SQL.
 */
class DataReturnChunksTest {
    @TempDir
    Path dir;

    @Test
    void everyCountIsTheSameWhateverTheChunks() throws Exception {
        ActionVaults.create(dir.resolve("v"), 60);
        SessionManager sessions = ActionVaults.signIn(dir.resolve("v"), "coordinator");
        try {
            LocalDate from = ActionVaults.TODAY.minusYears(3);
            LocalDate to = ActionVaults.TODAY.plusYears(1);
            DataReturn whole = sessions.store().read(s -> DataReturnQuery.count(s, from, to, 250_000L));
            assertTrue(whole.casesDiscussed() > 20, "enough listings to fall into several chunks: "
                    + whole.casesDiscussed());
            assertTrue(whole.count(Measures.WITH_CHILDREN) > 0 && whole.referralsByAgency().size() > 1,
                    "children and several referring agencies to count: " + whole);
            for (int chunk : new int[] {1, 7}) {
                assertEquals(whole, sessions.store().read(s -> DataReturnQuery.count(s, from, to, 250_000L, chunk)),
                        "chunks of " + chunk);
            }
        } finally {
            sessions.lock();
        }
    }
}
