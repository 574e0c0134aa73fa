package org.maracdesk.casework.meetings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Accepted referrals that no listing was made for: the only ones that can be waiting to be listed
 * ({@link AutoLister} then applies the exact test). A referral named only on listings of cancelled
 * meetings, or named on one, counts as not listed. Read from the marker table {@code referral_waiting}
 * (V56, decision 0064), which the database's triggers keep true on every write to referral, listing or
 * meeting: a read of the few waiting referrals by primary key, however many referrals the vault holds.
 * Opening the Meetings area runs this every time. In shared mode row-level security shows each account
 * the markers of the referrals it may see, as the referral table does.
 */
final class UnlistedReferrals {
    private UnlistedReferrals() {
    }

    static List<Long> find(Session s) {
        return s.doReturningWork(UnlistedReferrals::find);
    }

    static List<Long> find(Connection c) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select w.referral_id from referral_waiting w"
                + " order by w.referral_id"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
