package org.maracdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps {@code referral_waiting} true on H2 (V56, decision 0064): after a write to referral, listing or
 * meeting it recomputes the marker of each referral the write can have changed. A referral is waiting
 * when it is accepted and no listing names it, or a listing of a cancelled meeting names it. The rule is
 * written once here ({@link #RECOMPUTE}); PostgreSQL's V56 holds the same rule in PL/pgSQL. Runs inside the
 * writer's transaction, so a rollback takes the marker back with the write. Reads no column but ids and
 * statuses; its failures carry no row values.
 */
public final class WaitingReferralTrigger implements Trigger {
    static final String RECOMPUTE = "insert into referral_waiting (referral_id) select r.id from referral r"
            + " where r.id = ? and r.status = 'ACCEPTED'"
            + " and (not exists (select 1 from listing l where l.referral_id = r.id)"
            + " or exists (select 1 from listing l join meeting m on m.id = l.meeting_id"
            + " where l.referral_id = r.id and m.status = 'CANCELLED'))";
    private static final String LOCK = "select id from referral where id = ? for update";
    private static final String CLEAR = "delete from referral_waiting where referral_id = ?";

    private enum Table { REFERRAL, LISTING, MEETING }

    private Table table;
    private int id;
    private int status;
    private int referral;
    private int meeting;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        table = Table.valueOf(tableName.toUpperCase(java.util.Locale.ROOT));
        id = column(conn, schemaName, tableName, "id");
        status = table == Table.LISTING ? -1 : column(conn, schemaName, tableName, "status");
        referral = table == Table.LISTING ? column(conn, schemaName, tableName, "referral_id") : -1;
        meeting = table == Table.LISTING ? column(conn, schemaName, tableName, "meeting_id") : -1;
    }

    private static int column(Connection conn, String schema, String table, String name) throws SQLException {
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                if (name.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                    return rs.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        throw new SQLException("referral_waiting trigger: no column " + name + " in " + table);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        switch (table) {
            case REFERRAL -> {
                // A new referral, or one whose status changed; other edits of a referral change nothing here.
                if (oldRow == null || !Objects.equals(oldRow[status], newRow[status])) {
                    recompute(conn, List.of(((Number) newRow[id]).longValue()));
                }
            }
            case LISTING -> {
                List<Long> ids = new ArrayList<>(2);
                boolean moved = oldRow == null || newRow == null || !Objects.equals(oldRow[referral], newRow[referral])
                        || !Objects.equals(oldRow[meeting], newRow[meeting]);
                if (moved) {
                    add(ids, oldRow == null ? null : oldRow[referral]);
                    add(ids, newRow == null ? null : newRow[referral]);
                }
                recompute(conn, ids);
            }
            case MEETING -> {
                if (!Objects.equals(oldRow[status], newRow[status])) {
                    recompute(conn, onMeeting(conn, ((Number) newRow[id]).longValue()));
                }
            }
        }
    }

    private static void add(List<Long> ids, Object value) {
        if (value != null) {
            long v = ((Number) value).longValue();
            if (!ids.contains(v)) {
                ids.add(v);
            }
        }
    }

    private static List<Long> onMeeting(Connection conn, long meetingId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("select distinct referral_id from listing"
                + " where meeting_id = ? and referral_id is not null")) {
            ps.setLong(1, meetingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static void recompute(Connection conn, List<Long> referralIds) throws SQLException {
        if (referralIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(referralIds);
        ids.sort(null);
        try (PreparedStatement lock = conn.prepareStatement(LOCK);
             PreparedStatement clear = conn.prepareStatement(CLEAR);
             PreparedStatement mark = conn.prepareStatement(RECOMPUTE)) {
            for (long r : ids) {
                // Another connection recomputing the same referral waits here, then sees this one's commit.
                lock.setLong(1, r);
                lock.executeQuery().close();
                clear.setLong(1, r);
                clear.executeUpdate();
                mark.setLong(1, r);
                mark.executeUpdate();
            }
        }
    }
}
