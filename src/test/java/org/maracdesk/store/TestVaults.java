package org.maracdesk.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Executor;
import org.maracdesk.common.WrongCredentialsException;

/** Real encrypted vaults in a temporary folder, for tests. */
public final class TestVaults {
    public static final Executor SAME_THREAD = Runnable::run;

    private TestVaults() {
    }

    public static PersistenceUnit persistenceUnit() {
        return org.maracdesk.app.common.PersistenceUnits.all();
    }

    public static Store create(Path dir, String user, String passphrase) {
        UnlockedVault vault = new Vault(new SecureRandom()).create(dir, user, passphrase.toCharArray());
        return Store.open(vault, persistenceUnit().prepare(SAME_THREAD), true);
    }

    public static Store unlock(Path dir, String user, String passphrase) throws WrongCredentialsException {
        UnlockedVault vault = new Vault(new SecureRandom()).unlock(dir, user, passphrase.toCharArray());
        return Store.open(vault, persistenceUnit().prepare(SAME_THREAD), false);
    }

    /**
     * Every named index of a vault (not those H2 names for constraints and keys): table, name, kind and columns in
     * order, as the information schema gives them.
     */
    public static java.util.List<String> indexes(Store store) {
        return store.withConnection(c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "select i.table_name, i.index_name, i.index_type_name, listagg(c.column_name || ' ' || c.ordering_specification, ', ')"
                    + " within group (order by c.ordinal_position) from information_schema.indexes i"
                    + " join information_schema.index_columns c on c.index_schema = i.index_schema"
                    + " and c.table_name = i.table_name and c.index_name = i.index_name"
                    + " where i.table_schema = 'PUBLIC' and i.index_name not like 'CONSTRAINT%'"
                    + " and i.index_name not like 'PRIMARY_KEY%'"
                    + " group by i.table_name, i.index_name, i.index_type_name order by 1, 2")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " (" + rs.getString(4)
                            + ")");
                }
            }
            return out;
        });
    }
}
