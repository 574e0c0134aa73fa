package org.maracdesk.casework.meetings;

import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.ReferralStatus;

/**
 * When research is only the schools' review section (MARAC.md §2.6, decision 0061): the education agency's request
 * on a repeat listing, the listing marked repeat or its referral a repeat, as the agenda marks it.
 */
public final class SchoolReview {
    private SchoolReview() {
    }

    /** Whether {@code agencyCode}'s research on a listing that is (or is not) a repeat is the review section. */
    public static boolean applies(String agencyCode, boolean repeat) {
        return repeat && Agency.EDUCATION.code().equals(agencyCode);
    }

    /**
     * Whether the listing is a repeat as the agenda says: marked so, or the case's latest accepted referral on or
     * before the meeting (else its latest) is a repeat.
     */
    static boolean repeat(Session s, Listing l) {
        if (l.isRepeatListing()) {
            return true;
        }
        java.time.LocalDate upTo = l.getMeeting().getMeetingDate();
        Boolean repeat = null;
        for (Object[] r : s.createSelectionQuery("select r.referralDate, r.repeatReferral from Referral r"
                + " where r.maracCase = :c and r.status = :accepted order by r.referralDate, r.id", Object[].class)
                .setParameter("c", l.getMaracCase()).setParameter("accepted", ReferralStatus.ACCEPTED)
                .getResultList()) {
            if (!((java.time.LocalDate) r[0]).isAfter(upTo) || repeat == null) {
                repeat = (Boolean) r[1];
            }
        }
        return repeat != null && repeat;
    }
}
