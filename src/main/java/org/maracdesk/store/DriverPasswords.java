package org.maracdesk.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.maracdesk.common.Secrets;
import org.postgresql.PGProperty;
import org.postgresql.plugin.AuthenticationPlugin;
import org.postgresql.plugin.AuthenticationRequestType;

/**
 * Hands a signed-in account's password to the PostgreSQL driver as a {@code char[]} through the
 * driver's authentication plugin, so no {@code String} copy is kept by the pool: the driver asks for
 * it each time the pool opens a connection and wipes the copy it was given; the one kept here is wiped
 * when the last store using it closes. Keyed by login role and database: stores of the same account
 * share the entry (counted). Two servers in one process with the same role and database names but
 * different passwords would clash (the first registered wins); one process signs in to one server.
 */
public final class DriverPasswords implements AuthenticationPlugin {
    private static final Map<String, Entry> PASSWORDS = new HashMap<>();
    private final String key;

    private static final class Entry {
        private final char[] password;
        private int users;

        Entry(char[] password) {
            this.password = password;
        }

        /** The same users, another password. */
        Entry replacedBy(char[] newPassword) {
            Entry e = new Entry(newPassword);
            e.users = users;
            return e;
        }
    }

    /** Instantiated by the driver with the connection's properties. */
    public DriverPasswords(Properties info) {
        this.key = key(PGProperty.USER.getOrDefault(info), PGProperty.PG_DBNAME.getOrDefault(info));
    }

    @Override
    public char[] getPassword(AuthenticationRequestType type) {
        synchronized (PASSWORDS) {
            Entry e = PASSWORDS.get(key);
            return e == null ? null : e.password.clone();
        }
    }

    static String key(String user, String db) {
        return user + "/" + db;
    }

    /** Registers a copy of {@code password} under {@code key}; release it with {@link #release}. */
    static void register(String key, char[] password) {
        synchronized (PASSWORDS) {
            Entry e = PASSWORDS.computeIfAbsent(key, k -> new Entry(password.clone()));
            e.users++;
        }
    }

    /** Whether {@code candidate} is the password registered under {@code key}, compared in constant time. */
    static boolean matches(String key, char[] candidate) {
        synchronized (PASSWORDS) {
            Entry e = PASSWORDS.get(key);
            if (e == null || candidate == null) {
                return false;
            }
            int diff = e.password.length ^ candidate.length;
            for (int i = 0; i < Math.min(e.password.length, candidate.length); i++) {
                diff |= e.password[i] ^ candidate[i];
            }
            return diff == 0;
        }
    }

    /**
     * Whether {@code connection}'s password (derived from a passphrase typed again) is the one this process signed
     * in with for its login role and database; the connection's password is wiped here.
     */
    public static boolean signedInWith(ServerConnection connection) {
        char[] password = connection.password();
        try {
            return matches(keyOf(connection), password);
        } finally {
            Secrets.wipe(password);
        }
    }

    /** A commit that may fail with an SQL error (the password is then left as it was). */
    @FunctionalInterface
    public interface Commit {
        void run() throws java.sql.SQLException;
    }

    /**
     * Changing one's own passphrase: runs {@code commit} (the transaction that gives the login role its new
     * password) and then holds {@code newLogin}'s password for the driver instead of the old one, both while no
     * connection can fetch the password, so a connection opened meanwhile by another thread waits and signs in
     * with the new one. Connections already open stay. Nothing changes when the commit fails or this process
     * holds no password for that login. The new login's password copy is wiped here.
     */
    public static void changeOnCommit(ServerConnection newLogin, Commit commit) throws java.sql.SQLException {
        String key = keyOf(newLogin);
        char[] password = newLogin.password();
        try {
            synchronized (PASSWORDS) {
                Entry e = PASSWORDS.get(key);
                if (e == null) {
                    throw new IllegalStateException("not signed in as this login");
                }
                commit.run();
                char[] old = e.password;
                PASSWORDS.put(key, e.replacedBy(password.clone()));
                Secrets.wipe(old);
            }
        } finally {
            Secrets.wipe(password);
        }
    }

    private static String keyOf(ServerConnection connection) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(connection.url());
        return key(connection.user(), source.getDatabaseName());
    }

    /** One store no longer needs the password; the last one wipes it. */
    static void release(String key) {
        synchronized (PASSWORDS) {
            Entry e = PASSWORDS.get(key);
            if (e != null && --e.users <= 0) {
                Secrets.wipe(e.password);
                PASSWORDS.remove(key);
            }
        }
    }
}
