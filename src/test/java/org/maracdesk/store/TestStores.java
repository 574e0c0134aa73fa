package org.maracdesk.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.maracdesk.common.WrongCredentialsException;
import org.maracdesk.testdata.TestPostgres;

/**
 * A fresh store of either kind, for tests that run on both: a real encrypted vault in {@code dir} (H2),
 * or a new database on the test run's real PostgreSQL cluster, migrated by Flyway and validated by
 * Hibernate exactly as in use. Nothing is mocked.
 */
public final class TestStores {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestStores() {
    }

    /** A new store; for H2 the vault's first key slot is {@code user} with {@code passphrase}. */
    public static Store create(StoreKind kind, Path dir, String user, String passphrase) {
        return switch (kind) {
            case H2 -> TestVaults.create(dir, user, passphrase);
            case POSTGRESQL -> server();
        };
    }

    /** A new database on the test cluster, opened as its owner, its audit trail keyed by a random key. */
    public static Store server() {
        byte[] secret = new byte[DataKey.BYTES];
        RANDOM.nextBytes(secret);
        try (ServerConnection db = TestPostgres.freshDatabase()) {
            return Store.openServer(db, TestVaults.persistenceUnit().prepare(TestVaults.SAME_THREAD,
                    StoreKind.POSTGRESQL), new ServerKeys(secret));
        } catch (WrongCredentialsException e) {
            throw new IllegalStateException("the test cluster refused its own superuser", e);
        }
    }
}
