package org.maracdesk.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Scripts rewritten after a development build had applied them, to the same schema: before Flyway validates, a
 * history row that holds the earlier script's checksum is given the rewritten one, so such a store still opens.
 * Only an exact earlier checksum is changed; any other difference still stops the store as Flyway means it to.
 *
 * <p>V44 added its 21 columns in 21 statements, and H2 copies the whole table for each (minutes each on a
 * 100,000-case vault); it now adds them in one (see docs/performance.md, session 7).
 */
final class RestampedMigrations implements Callback {
    /** Version, checksum of the script a development build applied, checksum of the script now, per store. */
    private record Restamp(String version, int before, int h2, int postgresql) {
    }

    private static final Restamp[] RESTAMPS = {new Restamp("44", 1080921333, 1053922764, 882669604)};

    private final StoreKind kind;

    RestampedMigrations(StoreKind kind) {
        this.kind = kind;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection c = context.getConnection();
            if (!historyExists(c)) {
                return;
            }
            for (Restamp r : RESTAMPS) {
                try (PreparedStatement s = c.prepareStatement("update \"flyway_schema_history\" set \"checksum\" = ?"
                        + " where \"version\" = ? and \"checksum\" = ?")) {
                    s.setInt(1, kind == StoreKind.H2 ? r.h2() : r.postgresql());
                    s.setString(2, r.version());
                    s.setInt(3, r.before());
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The store's migration history could not be brought up to date", e);
        }
    }

    private static boolean historyExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet t = meta.getTables(null, null, "flyway_schema_history", null)) {
            return t.next();
        }
    }

    @Override
    public String getCallbackName() {
        return "restamped-migrations";
    }
}
