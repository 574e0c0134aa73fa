package org.maracdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.common.StoreUnavailableException;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.testdata.TestPostgres;

/**
 * A store on a real PostgreSQL server: it is PostgreSQL, it has the vault's migration history, what
 * only a vault can do is refused rather than half done, and connection failures are reported by
 * SQLState without the password.
 */
class PostgresStoreTest {
    @TempDir
    Path dir;
    private Store server;

    @BeforeEach
    void open() {
        server = TestStores.server();
    }

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void theServerStoreIsPostgresql() {
        assertEquals(StoreKind.POSTGRESQL, server.kind());
        assertEquals("PostgreSQL", server.withConnection(c -> c.getMetaData().getDatabaseProductName()));
    }

    @Test
    void bothStoresHaveOneMigrationHistory() {
        try (Store vault = TestVaults.create(dir.resolve("vault"), "coordinator", "one history passphrase")) {
            Map<String, String> h2 = history(vault);
            Map<String, String> pg = history(server);
            assertEquals(h2.keySet(), pg.keySet(), "the same versions, in the same order, with the same descriptions");
            h2.forEach((version, checksum) -> {
                if (!version.startsWith("5 ") && !version.startsWith("28 ") && !version.startsWith("31 ")
                        && !version.startsWith("44 ") && !version.startsWith("46 ") && !version.startsWith("49 ")
                        && !version.startsWith("53 ") && !version.startsWith("54 ") && !version.startsWith("56 ")) {
                    assertEquals(checksum, pg.get(version), "version " + version + " is one script for both");
                }
            });
            assertFalse(h2.get("5 retention").equals(pg.get("5 retention")), "V5 has one script per database");
            assertFalse(h2.get("28 case list search").equals(pg.get("28 case list search")),
                    "V28 has one script per database (generated columns are written differently)");
            assertFalse(h2.get("31 crimes disclosed").equals(pg.get("31 crimes disclosed")),
                    "V31 has one script per database (the next id of the moved entries is taken differently)");
            assertFalse(h2.get("44 referral circumstances").equals(pg.get("44 referral circumstances")),
                    "V44 has one script per database (several columns in one ALTER are written differently)");
        }
    }

    private static Map<String, String> history(Store store) {
        return store.withConnection(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select \"version\","
                    + " \"description\", \"checksum\", \"success\" from \"flyway_schema_history\""
                    + " where \"version\" is not null order by \"installed_rank\"")) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(4));
                    out.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3));
                }
            }
            return out;
        });
    }

    @Test
    void whatOnlyAVaultDoesIsRefused() throws Exception {
        PersistenceUnit.Prepared orm = TestVaults.persistenceUnit().prepare(TestVaults.SAME_THREAD,
                StoreKind.POSTGRESQL);
        assertThrows(StoreUnavailableException.class, server::vault);
        assertThrows(StoreUnavailableException.class, () -> server.compactAndReopen(orm));
        assertThrows(StoreUnavailableException.class,
                () -> server.rekeyAndReopen(orm, SlotEdit.none(), new SecureRandom()));
        assertThrows(StoreUnavailableException.class, () -> Backups.backup(server, dir.resolve("b.zip")));
        assertFalse(server.isClosed(), "a refused vault operation leaves the server store open");
        assertTrue(IntegrityCheck.run(server).tables() > 20, "the maintenance check reads the server's tables");
        assertEquals(latestMigration(), IntegrityCheck.run(server).schemaVersion());
    }

    @Test
    void anOrmPreparedForTheOtherDatabaseIsRefused() {
        PersistenceUnit.Prepared h2 = TestVaults.persistenceUnit().prepare(TestVaults.SAME_THREAD);
        try (ServerConnection db = TestPostgres.freshDatabase()) {
            assertThrows(IllegalArgumentException.class, () -> Store.openServer(db, h2, new ServerKeys(new byte[32])));
        }
    }

    @Test
    void aWrongPasswordIsWrongCredentials() {
        ServerConnection admin = TestPostgres.admin();
        try (ServerConnection wrong = new ServerConnection(admin.url(), admin.user(),
                "not-the-password".toCharArray())) {
            assertThrows(WrongCredentialsException.class, () -> Store.openServer(wrong, TestVaults.persistenceUnit()
                    .prepare(TestVaults.SAME_THREAD, StoreKind.POSTGRESQL), new ServerKeys(new byte[32])));
        }
    }

    @Test
    void anUnreachableServerIsNamedBySqlStateWithoutThePassword() {
        ServerConnection admin = TestPostgres.admin();
        char[] password = admin.password();
        String secret = new String(password);
        try (ServerConnection nowhere = new ServerConnection("jdbc:postgresql://127.0.0.1:1/postgres", admin.user(),
                password)) {
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> Store.openServer(
                    nowhere, TestVaults.persistenceUnit().prepare(TestVaults.SAME_THREAD, StoreKind.POSTGRESQL),
                    new ServerKeys(new byte[32])));
            assertTrue(e.getMessage().contains("SQLState 08"), e.getMessage());
            assertFalse(e.getMessage().contains(secret));
            assertEquals(null, e.getCause(), "no driver exception (which could quote values) travels with it");
        }
    }

    /** The highest version among the migration scripts, as Flyway records it. */
    private static String latestMigration() throws java.io.IOException {
        // SQL scripts in the three folders, and Java migrations (db.migration, decision 0073).
        try (var files = java.util.stream.Stream.of("src/main/resources/db/migration",
                        "src/main/resources/db/migration-h2", "src/main/resources/db/migration-postgresql",
                        "src/main/java/db/migration")
                .flatMap(d -> {
                    try {
                        try (var list = java.nio.file.Files.list(java.nio.file.Path.of(d))) {
                            return list.toList().stream();
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
