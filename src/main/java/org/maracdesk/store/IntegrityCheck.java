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
        return store.withConnection(IntegrityCheck::scan);
    }

    private static Report scan(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        long rows = 0;
        for (String table : tables) {
            rows += scanTable(c, table);
        }
        String version;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(\"version\") from \"flyway_schema_history\" where \"success\"")) {
            version = rs.next() ? rs.getString(1) : "none";
        }
        return new Report(version, tables.size(), rows);
    }

    private static long scanTable(Connection c, String table) throws SQLException {
        long n = 0;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select * from \"" + table.replace("\"", "") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }
}
