package org.maracdesk.testdata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreKind;

/**
 * Every table of a vault, each as its row count and a digest of all its rows (in any order), so a
 * test can tell that a failed write left the vault exactly as it was.
 */
public final class VaultSnapshot {
    private VaultSnapshot() {
    }

    public static Map<String, String> of(Store store) {
        return store.withConnection(c -> {
            Map<String, String> tables = new TreeMap<>();
            for (String table : tables(c, store.kind())) {
                tables.put(table, digest(c, table));
            }
            return tables;
        });
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static List<String> tables(Connection c, StoreKind kind) throws SQLException {
        List<String> out = new ArrayList<>();
        String schema = kind == StoreKind.H2 ? "PUBLIC" : "public";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select table_name from"
                + " information_schema.tables where table_schema = '" + schema + "' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no tables found: a snapshot of nothing would compare equal");
        }
        return out;
    }

    private static String digest(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(r -> sha.update(r.getBytes(StandardCharsets.UTF_8)));
            return rows.size() + " rows " + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
