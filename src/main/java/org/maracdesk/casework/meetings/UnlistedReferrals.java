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
 * meetings, or named on one, counts as not listed. Read with plain JDBC in id order from two indexes
 * (referral (status, id) and listing (referral_id)) and merged, with the few referrals named on
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
        long[] listed = listed(c);
        Set<Long> onCancelled = onCancelledMeetings(c);
        List<Long> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select r.id from referral r where r.status = 'ACCEPTED'"
                + " order by r.id"); ResultSet rs = st.executeQuery()) {
            int at = 0;
            while (rs.next()) {
                long id = rs.getLong(1);
                while (at < listed.length && listed[at] < id) {
                    at++;
                }
                boolean named = at < listed.length && listed[at] == id;
                if (!named || onCancelled.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    /** Every referral id named on a listing, ascending (repeats allowed). */
    private static long[] listed(Connection c) throws SQLException {
        long[] ids = new long[1024];
        int n = 0;
        try (PreparedStatement st = c.prepareStatement("select l.referral_id from listing l"
                + " where l.referral_id is not null order by l.referral_id"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = rs.getLong(1);
            }
        }
        return Arrays.copyOf(ids, n);
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
