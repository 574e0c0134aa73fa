package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault written in many small transactions is mostly old pages; H2 says so, and a compaction rewrites the file to
 * its live size with every row kept.
 */
class VaultFileUseTest {
    private static final String PASSPHRASE = "file use passphrase 1";

    @TempDir
    Path dir;

    @Test
    void mostlyFreeWhenLessThanHalfTheFileIsLiveAndTheFileIsLargeEnough() {
        VaultFileUse sparse = new VaultFileUse(1_000_000, 80, 40);
        assertEquals(320_000, sparse.liveBytes());
        assertTrue(sparse.mostlyFree(1_000_000));
        assertFalse(sparse.mostlyFree(1_000_001), "smaller than the minimum");
        assertFalse(new VaultFileUse(1_000_000, 100, 50).mostlyFree(0), "exactly half live");
        assertFalse(new VaultFileUse(1_000_000, 95, 90).mostlyFree(0));
    }

    @Test
    void aVaultOfManySmallTransactionsIsCompactedToItsLiveSizeWithEveryRowKept() throws Exception {
        Path vault = dir.resolve("vault");
        Store store = TestVaults.create(vault, "coordinator", PASSPHRASE);
        try {
            store.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("create table churn (id int primary key, body varchar(2000))");
                }
                String body = "x".repeat(1_500);
                try (PreparedStatement insert = c.prepareStatement("merge into churn key (id) values (?, ?)")) {
                    for (int i = 0; i < 3_000; i++) {
                        insert.setInt(1, i % 300);
                        insert.setString(2, body + i);
                        insert.executeUpdate(); // each its own transaction: rows rewritten, old pages left behind
                    }
                }
                return null;
            });
            VaultFileUse before = VaultFileUse.of(store);
            assertTrue(before.mostlyFree(0), "mostly old pages: " + before);
            long onDisk = Files.size(vault.resolve(H2Files.DATABASE_NAME + ".mv.db"));
            assertTrue(onDisk >= before.fileBytes() && onDisk - before.fileBytes() <= 4096,
                    "H2's size is the file's without the encryption header: " + onDisk + " / " + before.fileBytes());

            store = store.compactAndReopen(TestVaults.persistenceUnit().prepare(TestVaults.SAME_THREAD));
            VaultFileUse after = VaultFileUse.of(store);
            assertTrue(after.fileBytes() * 2 < before.fileBytes(), before + " -> " + after);
            assertFalse(after.mostlyFree(0), "compacted: " + after);
            int rows = store.withConnection(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("select count(*), min(body) from churn")) {
                    rs.next();
                    assertTrue(rs.getString(2).startsWith("x".repeat(1_500)));
                    return rs.getInt(1);
                }
            });
            assertEquals(300, rows);
        } finally {
            store.close();
        }
    }
}
