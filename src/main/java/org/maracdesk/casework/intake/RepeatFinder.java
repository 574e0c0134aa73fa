package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.Collection;
import org.hibernate.Session;

/**
 * The last MARAC listing of a victim and perpetrator pair on or before a date (MARAC.md §2.9:
 * a repeat is about the same victim and perpetrator). Whether that listing makes the new referral
 * a repeat is the risk engine's decision, not this class's.
 */
final class RepeatFinder {
    private final Session session;

    RepeatFinder(Session session) {
        this.session = session;
    }

    /** Null when the pair was never listed before {@code onOrBefore}, or either side is new. */
    LocalDate lastListing(Long victimId, Collection<Long> perpetratorIds, LocalDate onOrBefore) {
        if (victimId == null || perpetratorIds.isEmpty()) {
            return null;
        }
        return session.createSelectionQuery("select max(m.meetingDate) from Listing l join l.meeting m"
                + " join l.maracCase c join c.perpetrators p"
                + " where c.victim.id = :victim and p.id in :perpetrators and m.meetingDate <= :date", LocalDate.class)
                .setParameter("victim", victimId).setParameter("perpetrators", perpetratorIds)
                .setParameter("date", onOrBefore).getSingleResultOrNull();
    }
}
