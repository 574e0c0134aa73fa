package org.maracdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every row of every table, so each encrypted page is decrypted and decoded once and
 * MVStore's checksums are checked; then reports the schema version and counts.
 */
public final class IntegrityCheck {
    public record Report(String schemaVersion, int tables, long rows) {
    }

    private IntegrityCheck() {
    }

    public static Report run(Store store) {
        return store.withConnection(c -> scan(c, store.kind()));
    }

    /** Rows per table, each row read, for restore checks. */
    public static java.util.Map<String, Long> rowCounts(Store store) {
        return eachTable(store, (c, table) -> scanTable(c, table, store.kind()));
    }

    /**
     * Rows per table by {@code count(*)}, without reading them (H2 keeps each table's row count): what a
     * backup's manifest records, cheap enough to take before and after the copy of a 100,000-case vault.
     */
    public static java.util.Map<String, Long> countedRows(Store store) {
        return eachTable(store, IntegrityCheck::count);
    }

    /** The same counts on a plain connection to an H2 database (a backup's copy, opened to check it). */
    static java.util.Map<String, Long> countedRows(Connection c) throws SQLException {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (String table : tables(c, StoreKind.H2)) {
            out.put(table, count(c, table));
        }
        return out;
    }

    /** The newest schema migration applied, or "none". */
    public static String schemaVersion(Store store) {
        return store.withConnection(IntegrityCheck::schemaVersion);
    }

    /**
     * A digest of every table's rows in primary-key order: equal digests mean equal contents. Read row by row (a
     * whole table held at once ran out of a 1 GB heap at 100,000 cases).
     */
    public static java.util.Map<String, String> tableDigests(Store store) {
        return eachTable(store, IntegrityCheck::digest);
    }

    @FunctionalInterface
    private interface PerTable<T> {
        T of(Connection c, String table) throws SQLException;
    }

    private static <T> java.util.Map<String, T> eachTable(Store store, PerTable<T> what) {
        return store.withStreamingConnection(c -> {
            java.util.Map<String, T> out = new java.util.TreeMap<>();
            for (String table : tables(c, store.kind())) {
                out.put(table, what.of(c, table));
            }
            return out;
        });
    }

    private static String digest(Connection c, String table) throws SQLException {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from \"" + table.replace("\"", "") + "\" order by 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    sha.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sha.update((byte) 0x1e);
            }
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /** H2 folds unquoted names to upper case, PostgreSQL to lower case. */
    private static List<String> tables(Connection c, StoreKind kind) throws SQLException {
        List<String> tables = new ArrayList<>();
        String schema = kind == StoreKind.H2 ? "PUBLIC" : "public";
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = '" + schema + "' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Report scan(Connection c, StoreKind kind) throws SQLException {
        List<String> tables = tables(c, kind);
        long rows = 0;
        for (String table : tables) {
            rows += scanTable(c, table, kind);
        }
        return new Report(schemaVersion(c), tables.size(), rows);
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(cast(\"version\" as int)) from \"flyway_schema_history\""
                     + " where \"success\" and \"version\" is not null")) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from \"" + table.replace("\"", "") + "\"")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Reads every row of a table. Lazily: H2 otherwise builds the whole result in memory first, and the
     * minutes or referrals of a 100,000-case vault do not fit the launcher's 1 GiB heap. (On
     * PostgreSQL the same check only reads the rows: the server keeps its own page checksums.)
     */
    private static long scanTable(Connection c, String table, StoreKind kind) throws SQLException {
        if (kind != StoreKind.H2) {
            return count(c, table);
        }
        long n = 0;
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try (ResultSet rs = st.executeQuery("select * from \"" + table.replace("\"", "") + "\"")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getObject(i);
                    }
                    n++;
                }
            } finally {
                st.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
        return n;
    }
}
