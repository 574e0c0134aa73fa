package org.maracdesk.casework.meetings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.settings.Timescales;

/**
 * Accepted referrals waiting to be listed, oldest first, each with how long it has waited and whether that is past
 * the local longest wait (issue 16, decision 0059). Read from the marker table {@code referral_waiting} (decision
 * 0064), never by scanning referrals; within the account's scope (a case it may not see is not shown). Case
 * references and dates only.
 */
public final class WaitingToBeListed {
    /** One waiting referral: {@code days} since its referral date, {@code limitDays} the longest wait in force. */
    public record Waiting(long caseId, String reference, LocalDate referralDate, long days, int limitDays) {
        public boolean overLimit() {
            return days > limitDays;
        }
    }

    private WaitingToBeListed() {
    }

    static List<Waiting> find(Session s, CaseScope scope, Timescales t, LocalDate today) {
        return s.doReturningWork(c -> {
            List<Waiting> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select r.case_id, mc.reference, r.referral_date"
                    + " from referral_waiting w join referral r on r.id = w.referral_id"
                    + " join marac_case mc on mc.id = r.case_id order by r.referral_date, r.id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long caseId = rs.getLong(1);
                    if (scope.includes(caseId)) {
                        LocalDate referred = rs.getObject(3, LocalDate.class);
                        out.add(new Waiting(caseId, rs.getString(2), referred,
                                Math.max(0, ChronoUnit.DAYS.between(referred, today)), t.longestWaitDays()));
                    }
                }
            }
            return out;
        });
    }
}
