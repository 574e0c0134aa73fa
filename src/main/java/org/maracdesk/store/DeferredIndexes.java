package org.maracdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Secondary indexes dropped before a bulk load into a new vault and created again, exactly as they were, after it.
 * At 100,000 cases most of H2's work in the demo generator is storing pages: every referral dirties leaf pages all
 * over indexes whose keys arrive in no order (family names, phonetic keys, dates of birth), and H2 writes each dirtied
 * page whole at each commit. Created once at the end, such an index is built from sorted rows instead (decision
 * 0081). Only for a vault that is thrown away if the load fails (the demo generator writes into a temporary folder):
 * until {@link #recreate} runs, searches that use these indexes are slow, and a failed load leaves them missing.
 */
public final class DeferredIndexes {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** One index as the information schema describes it: enough to create it again. */
    record Definition(String table, String name, List<String> columns) {
        String createSql() {
            return "CREATE INDEX " + quoted(name) + " ON " + quoted(table) + " (" + String.join(", ", columns) + ")";
        }
    }

    private final List<Definition> dropped;

    private DeferredIndexes(List<Definition> dropped) {
        this.dropped = List.copyOf(dropped);
    }

    /**
     * Drops the named plain (non-unique, not constraint-backed) indexes of a vault and returns what to create again.
     * A name that is not such an index is refused before anything is dropped.
     */
    public static DeferredIndexes drop(Store store, List<String> names) {
        if (store.kind() != StoreKind.H2) {
            throw new IllegalStateException("indexes are deferred only in a vault's own file");
        }
        return store.withConnection(c -> {
            List<Definition> found = new ArrayList<>();
            for (String name : names) {
                found.add(definition(c, name));
            }
            try (Statement st = c.createStatement()) {
                for (Definition d : found) {
                    st.execute("DROP INDEX " + quoted(d.name()));
                }
            }
            return new DeferredIndexes(found);
        });
    }

    /**
     * Creates every dropped index again, each from the table's rows sorted once. {@code beforeEach} runs before each
     * one (a caller checks for cancellation there).
     */
    public void recreate(Store store, Runnable beforeEach) {
        store.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                for (Definition d : dropped) {
                    beforeEach.run();
                    st.execute(d.createSql());
                }
            }
            return null;
        });
    }

    List<Definition> dropped() {
        return dropped;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Definition definition(Connection c, String index) throws SQLException {
        String name = index.toUpperCase(java.util.Locale.ROOT);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an index name: " + index);
        }
        String table;
        try (PreparedStatement ps = c.prepareStatement("select table_name, index_type_name from"
                + " information_schema.indexes where table_schema = 'PUBLIC' and index_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !"INDEX".equals(rs.getString(2))) {
                    throw new IllegalArgumentException("no plain index " + index + " in this vault");
                }
                table = rs.getString(1);
            }
        }
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name, ordering_specification from"
                + " information_schema.index_columns where table_schema = 'PUBLIC' and index_name = ?"
                + " order by ordinal_position")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(quoted(rs.getString(1)) + ("DESC".equals(rs.getString(2)) ? " DESC" : ""));
                }
            }
        }
        return new Definition(table, name, columns);
    }
}
