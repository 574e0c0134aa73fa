package org.maracdesk.testdata;

import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.maracdesk.store.ServerConnection;
import org.maracdesk.store.StoreKind;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An empty database of either kind for the tests that take the schema to one version, write rows as an older
 * build would have, and then apply the migrations after it: a plain (unencrypted) H2 file in {@code dir}, or a
 * fresh database on the project's test PostgreSQL cluster.
 */
public final class MigrationDatabases {
    private MigrationDatabases() {
    }

    public static DataSource fresh(StoreKind kind, Path dir) {
        if (kind == StoreKind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:" + dir.resolve("m").toAbsolutePath() + ";TRACE_LEVEL_FILE=0");
            return h2;
        }
        ServerConnection server = TestPostgres.freshDatabase();
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(server.url());
        pg.setUser(server.user());
        char[] password = server.password();
        pg.setPassword(new String(password));
        Arrays.fill(password, '\0');
        server.close();
        return pg;
    }
}
