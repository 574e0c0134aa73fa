package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.settings.Timescales;

/**
 * Accepted referrals that waited, or are waiting, longer than the local longest wait from referral to hearing
 * (issue 16, decision 0059; MARAC.md §2.5 gap). The hearing is the meeting the referral is listed on (not a
 * cancelled one); a referral not yet heard has waited until {@code today}. Read within the account's scope: a case
 * the account may not see is neither listed nor counted. Case references and dates only.
 */
public final class LongWaits {
    /**
     * One referral that waited too long: {@code meetingDate} its hearing, null while it has none (still waiting).
     */
    public record LongWait(long caseId, String reference, LocalDate referralDate, LocalDate meetingDate, long days) {
    }

    private LongWaits() {
    }

    /**
     * Accepted referrals made from {@code from} to {@code to} whose wait passed the longest wait, oldest first.
     */
    public static List<LongWait> find(Session s, CaseScope scope, Timescales t, LocalDate from, LocalDate to,
                                      LocalDate today) {
        List<Object[]> rows = s.createSelectionQuery("select r.maracCase.id, r.maracCase.reference, r.referralDate,"
                + " (select min(m.meetingDate) from Listing l join l.meeting m where l.referral = r"
                + " and m.status <> org.maracdesk.casework.MeetingStatus.CANCELLED)"
                + " from Referral r where r.status = org.maracdesk.casework.ReferralStatus.ACCEPTED"
                + " and r.referralDate between :f and :t order by r.referralDate, r.id", Object[].class)
                .setParameter("f", from).setParameter("t", to).getResultList();
        List<LongWait> out = new ArrayList<>();
        for (Object[] r : rows) {
            long caseId = (Long) r[0];
            if (!scope.includes(caseId)) {
                continue;
            }
            LocalDate referred = (LocalDate) r[2];
            LocalDate heard = (LocalDate) r[3];
            LocalDate until = heard == null ? today : heard;
            if (t.waitedTooLong(referred, until)) {
                out.add(new LongWait(caseId, (String) r[1], referred, heard, ChronoUnit.DAYS.between(referred, until)));
            }
        }
        return out;
    }
}
