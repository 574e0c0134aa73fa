package org.maracdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.maracdesk.common.WrongCredentialsException;

/**
 * The table side of {@code server import} (decision 0039): one transaction on a shared server, as its owner
 * role, into which a vault's tables are copied row for row (JDBC batches), parents before children as the
 * server's foreign keys order them. Nothing is committed until {@link #commit}; closing without it rolls
 * everything back (and with it the login roles made here: PostgreSQL's role changes are transactional).
 * Accounts and the audit trail are not copied here as tables: the caller merges and re-seals them.
 * Server messages are never passed on (they can quote values), only SQLStates.
 */
public final class ServerImport implements AutoCloseable {
    /** Tables never copied: the server's own, the vault's own, and those the caller handles itself. */
    public static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "server_secret", "server_login",
            "vault_generation", "account", "audit_entry", "audit_case_read", "audit_checkpoint",
            // Kept by the server's own triggers from the referrals, listings and meetings copied (V56).
            "referral_waiting");
    /** Tables whose rows the migrations themselves put in: a server holding only these holds no data yet. */
    public static final Set<String> SEEDED = Set.of("action_type", "marac_agency", "retention_period", "speaking_order");
    private static final int BATCH = 1_000;
    private final Connection c;
    private final ServerSetup.Roles roles;
    private final List<String> triggers = new ArrayList<>();
    private boolean committed;

    /** Hears how far the copy has got: rows copied so far of all rows, and the table being copied (no data). */
    @FunctionalInterface
    public interface RowProgress {
        void copied(long rows, long total, String table);
    }

    private ServerImport(Connection c, ServerSetup.Roles roles) {
        this.c = c;
        this.roles = roles;
    }

    /** Opens the administrator's connection as the owner role, in a transaction not yet committed. */
    public static ServerImport open(ServerConnection admin, ServerSetup.Roles roles) throws WrongCredentialsException {
        Properties p = new Properties();
        p.setProperty("reWriteBatchedInserts", "true");
        p.setProperty("ApplicationName", "MARAC Desk server import");
        Connection c = null;
        try {
            c = ServerSetup.connect(admin, p);
            if (!ownerExists(c, roles)) {
                c.close();
                throw new org.maracdesk.common.StoreUnavailableException("this database is not set up for shared mode"
                        + " (no role " + roles.owner() + "): run server init first");
            }
            ServerSetup.asOwner(c, roles);
            c.setAutoCommit(false);
            return new ServerImport(c, roles);
        } catch (SQLException e) {
            closeQuietly(c);
            throw ServerSetup.failure("the server could not be opened for the import", e);
        }
    }

    private static boolean ownerExists(Connection c, ServerSetup.Roles roles) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            ps.setString(1, roles.owner());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The owner's connection, inside the import's transaction. */
    public Connection connection() {
        return c;
    }

    public ServerSetup.Roles roles() {
        return roles;
    }

    /** The newest migration applied to a database (H2 or PostgreSQL), or "" when there is none. */
    public static String schemaVersion(Connection any) throws SQLException {
        String newest = "";
        try (Statement st = any.createStatement();
             ResultSet rs = st.executeQuery("select \"version\" from \"flyway_schema_history\""
                     // quoted: Flyway names its table and columns in lower case on H2 too
                     + " where \"success\" and \"version\" is not null")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (newest.isEmpty() || compareVersions(v, newest) > 0) {
                    newest = v;
                }
            }
        }
        return newest;
    }

    /** Compares Flyway versions number by number ("9" before "10"). */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    /** The server's tables that are copied from a vault, each after the tables it refers to. */
    public List<String> tablesInOrder() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select tablename from pg_tables"
                + " where schemaname = 'public' order by tablename")) {
            while (rs.next()) {
                if (!NOT_COPIED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select conrelid::regclass::text,"
                + " confrelid::regclass::text from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (String t : tables) {
                if (!placed.contains(t) && placed.containsAll(parents.getOrDefault(t, Set.of()).stream()
                        .filter(tables::contains).toList())) {
                    ordered.add(t);
                    placed.add(t);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("the server's tables refer to each other in a circle");
            }
        }
        return ordered;
    }

    /** Rows per table, in the given order (works on the vault's H2 connection too). */
    public static Map<String, Long> counts(Connection any, List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = any.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Keeps everyone else out until the import commits (no half-imported server is ever seen) and turns off
     * the live-refresh notices for the copy (one notice per row would only flood the queue).
     */
    public void lockAndQuieten(List<String> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("select pg_advisory_xact_lock(1296318805)");
            st.execute("lock table account, audit_entry, audit_case_read, " + String.join(", ", tables)
                    + " in access exclusive mode");
            try (ResultSet rs = st.executeQuery("select tgrelid::regclass::text from pg_trigger"
                    + " where tgname = 'marac_notify_change' and tgenabled <> 'D'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String t : triggers) {
                st.execute("alter table " + t + " disable trigger marac_notify_change");
            }
        }
    }

    /** Removes every row of {@code tables} (children first): the migrations' seeded rows, or, when told to, old data. */
    public void clear(List<String> tables) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                st.executeUpdate("delete from " + tables.get(i));
            }
        }
    }

    /** The columns the server stores for {@code table} (generated ones left out: the server computes them). */
    List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = 'public' and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private String orderBy(String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select a.attname from pg_index i join pg_attribute a"
                + " on a.attrelid = i.indrelid and a.attnum = any (i.indkey) where i.indrelid = ?::regclass and i.indisprimary"
                + " order by array_position(i.indkey, a.attnum)")) {
            ps.setString(1, table);
            List<String> key = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
            return key.isEmpty() ? "" : " order by " + String.join(", ", key);
        }
    }

    /**
     * Copies every row of {@code table} from the vault's connection, in primary-key order (so a row that
     * refers to an earlier row of its own table, like a carried-forward action, comes after it). Returns
     * the rows copied; {@code before} is the running total reported to {@code progress}.
     */
    public long copy(Connection vault, String table, long before, long total, RowProgress progress) throws SQLException {
        List<String> columns = columns(table);
        String list = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        long n = 0;
        try (Statement read = vault.createStatement();
             ResultSet rs = read.executeQuery("select " + list + " from " + table + orderBy(table));
             PreparedStatement write = c.prepareStatement("insert into " + table + " (" + list + ") values (" + marks + ")")) {
            read.setFetchSize(BATCH);
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, plain(rs.getObject(i)));
                }
                write.addBatch();
                if (++n % BATCH == 0) {
                    write.executeBatch();
                    progress.copied(before + n, total, table);
                }
            }
            write.executeBatch();
        }
        progress.copied(before + n, total, table);
        return n;
    }

    /** H2 hands long text and binary values over as locators; the server takes them as values. */
    private static Object plain(Object value) throws SQLException {
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof java.sql.Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    /**
     * Moves every sequence past the ids now in use, so new rows do not collide with imported ones: the
     * application's sequences (named {@code <table>_seq}, handed out 50 at a time) to at least the largest
     * id plus 50, identity columns to their largest id.
     */
    public void moveSequences() throws SQLException {
        List<String[]> pairs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select s.sequencename, t.tablename"
                + " from pg_sequences s join pg_tables t on t.schemaname = 'public' and s.sequencename = t.tablename || '_seq'"
                + " where s.schemaname = 'public' and exists (select 1 from information_schema.columns k"
                + " where k.table_schema = 'public' and k.table_name = t.tablename and k.column_name = 'id')")) {
            while (rs.next()) {
                pairs.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] p : pairs) {
                st.execute("select setval('" + p[0] + "', greatest((select coalesce(max(id), 0) from " + p[1] + ") + 50,"
                        + " (select last_value from " + p[0] + ")))");
            }
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.columns where table_schema"
                    + " = 'public' and column_name = 'id' and is_identity = 'YES'")) {
                List<String> identities = new ArrayList<>();
                while (rs.next()) {
                    identities.add(rs.getString(1));
                }
                for (String t : identities) {
                    st.execute("select setval(pg_get_serial_sequence('" + t + "', 'id'), (select coalesce(max(id), 0) + 1"
                            + " from " + t + "), false)");
                }
            }
        }
    }

    /** An account's login role as {@code server init} makes them; without a verifier it cannot log in until reset. */
    public void createLogin(String username, String verifier) throws SQLException {
        ServerSetup.createLogin(c, roles, ServerFile.loginRole(roles.prefix(), username), username, verifier);
    }

    /** Turns the live-refresh notices back on and commits everything. */
    public void commit() throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String t : triggers) {
                st.execute("alter table " + t + " enable trigger marac_notify_change");
            }
        }
        c.commit();
        committed = true;
    }

    @Override
    public void close() {
        try {
            if (!committed) {
                c.rollback();
            }
        } catch (SQLException e) {
            // closing below discards the transaction anyway
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // nothing was committed
        }
    }
}
