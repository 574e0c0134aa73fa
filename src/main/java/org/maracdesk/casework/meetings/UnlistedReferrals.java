package org.maracdesk.casework.meetings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Accepted referrals that no listing was made for: the only ones that can be waiting to be listed
 * ({@link AutoLister} then applies the exact test). A referral named only on listings of cancelled
 * meetings, or named on one, counts as not listed. Read with plain JDBC from two indexes (referral (status, …)
 * and listing (referral_id)) into sorted arrays of ids and merged, with the few referrals named on
 * cancelled meetings found through the meeting's status index (V52): no entity, no boxed id per row
 * of a large vault, no scan of the meeting table. Opening the Meetings area runs this every time.
 */
final class UnlistedReferrals {
    private UnlistedReferrals() {
    }

    static List<Long> find(Session s) {
        return s.doReturningWork(UnlistedReferrals::find);
    }

    static List<Long> find(Connection c) throws SQLException {
        long[] listed = ids(c, "select l.referral_id from listing l where l.referral_id is not null");
        long[] accepted = ids(c, "select r.id from referral r where r.status = 'ACCEPTED'");
        Set<Long> onCancelled = onCancelledMeetings(c);
        List<Long> out = new ArrayList<>();
        int at = 0;
        for (long id : accepted) {
            while (at < listed.length && listed[at] < id) {
                at++;
            }
            boolean named = at < listed.length && listed[at] == id;
            if (!named || onCancelled.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The ids {@code sql} selects, ascending (repeats kept). Sorted here rather than by the database:
     * H2 reads the accepted referrals from its (status, referral_date) index and would sort them.
     */
    private static long[] ids(Connection c, String sql) throws SQLException {
        long[] ids = new long[1024];
        int n = 0;
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = rs.getLong(1);
            }
        }
        long[] out = Arrays.copyOf(ids, n);
        Arrays.sort(out);
        return out;
    }

    private static Set<Long> onCancelledMeetings(Connection c) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("select l.referral_id from meeting m join listing l"
                + " on l.meeting_id = m.id where m.status = 'CANCELLED' and l.referral_id is not null");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
