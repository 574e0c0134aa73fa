package org.maracdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side-by-side limit for bulk import: the very rows an import wrote, read back and inserted
 * again as copies with plain JDBC batches in one transaction on the same encrypted file. Ids of
 * rows the import created are shifted by {@link #OFFSET}, unique references prefixed; links to rows
 * that were there before stay as they are. The copies are removed again afterwards (untimed).
 */
final class RawCopy {
    static final long OFFSET = 1_000_000_000L;
    private static final int BATCH = 1_000;
    /** Tables an import writes, parents first, each with the filter that picks the rows it wrote. */
    private static final Map<String, String> TABLES = tables();
    /** Id columns and the table whose ids they hold. */
    private static final Map<String, String> IDS = Map.of("person_id", "person", "victim_id", "person",
            "case_id", "marac_case", "referral_id", "referral");

    private final Map<String, Long> before;
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();

    private RawCopy(Map<String, Long> before) {
        this.before = before;
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("person", "id > :person");
        t.put("person_contact", "person_id > :person");
        t.put("person_name_key", "person_id > :person");
        t.put("person_blocking_key", "person_id > :person");
        t.put("marac_case", "id > :marac_case");
        for (String link : List.of("case_perpetrator", "case_child", "case_other_at_risk")) {
            t.put(link, "case_id > :marac_case or person_id > :person");
        }
        t.put("referral", "id > :referral");
        for (String child : List.of("referral_flag", "referral_person", "referral_possible_match")) {
            t.put(child, "referral_id > :referral");
        }
        return Collections.unmodifiableMap(t);
    }

    /** The highest ids before an import, to tell its rows from older ones. */
    static Map<String, Long> highestIds(Connection c) throws SQLException {
        Map<String, Long> max = new LinkedHashMap<>();
        for (String table : List.of("person", "marac_case", "referral", "referral_person")) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                max.put(table, rs.getLong(1));
            }
        }
        return max;
    }

    /** Reads every row the import wrote (ids above {@code before}). */
    static RawCopy read(Connection c, Map<String, Long> before) throws SQLException {
        RawCopy copy = new RawCopy(before);
        for (Map.Entry<String, String> t : TABLES.entrySet()) {
            String where = t.getValue();
            for (Map.Entry<String, Long> b : before.entrySet()) {
                where = where.replace(":" + b.getKey(), String.valueOf(b.getValue()));
            }
            copy.readTable(c, t.getKey(), where);
        }
        return copy;
    }

    private void readTable(Connection c, String table, String where) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from " + table
                + " where " + where)) {
            ResultSetMetaData meta = rs.getMetaData();
            java.util.Set<String> generated = generatedColumns(c, table);
            List<String> names = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                if (!generated.contains(name)) {
                    names.add(name);
                    positions.add(i);
                }
            }
            List<Object[]> out = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[names.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(positions.get(i));
                }
                out.add(row);
            }
            columns.put(table, names);
            rows.put(table, out);
        }
    }

    int rowCount() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    /** Inserts the copies in one transaction and commits; returns the seconds taken. */
    double insert(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        long start = System.nanoTime();
        try {
            for (String table : rows.keySet()) {
                insertTable(c, table);
            }
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private void insertTable(Connection c, String table) throws SQLException {
        List<String> names = columns.get(table);
        String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows.get(table)) {
                for (int i = 0; i < row.length; i++) {
                    st.setObject(i + 1, shifted(table, names.get(i), row[i]));
                }
                st.addBatch();
                if (++pending == BATCH) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            st.executeBatch();
        }
    }

    private Object shifted(String table, String column, Object value) {
        if (value == null) {
            return null;
        }
        String target = column.equals("id") ? table : IDS.get(column);
        if (target != null && ((Number) value).longValue() > before.get(target)) {
            return ((Number) value).longValue() + OFFSET;
        }
        if (column.equals("reference") || column.equals("form_reference")) {
            return "R" + value;
        }
        return value;
    }

    /** Removes the copies again, children first. */
    void delete(Connection c) throws SQLException {
        List<String> order = new ArrayList<>(rows.keySet());
        Collections.reverse(order);
        try (Statement st = c.createStatement()) {
            for (String table : order) {
                String column = columns.get(table).contains("id") ? "id" : columns.get(table).get(0);
                st.executeUpdate("delete from " + table + " where " + column + " > " + OFFSET
                        + (columns.get(table).contains("person_id") ? " or person_id > " + OFFSET : ""));
            }
        }
    }

    /** Columns the database computes itself (V28's lower-cased copies): an insert may not name them. */
    private static java.util.Set<String> generatedColumns(Connection c, String table) throws SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (ResultSet cols = c.getMetaData().getColumns(null, null, table.toUpperCase(java.util.Locale.ROOT), null)) {
            while (cols.next()) {
                if ("YES".equalsIgnoreCase(cols.getString("IS_GENERATEDCOLUMN"))) {
                    out.add(cols.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return out;
    }
}
