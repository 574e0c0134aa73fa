package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * The last MARAC listing of a victim and perpetrator pair on or before a date (MARAC.md §2.9:
 * a repeat is about the same victim and perpetrator). Whether that listing makes the new referral
 * a repeat is the risk engine's decision, not this class's. Pairs this run named on a case
 * ({@link IntakeMemory}) count as well as stored ones; the session is only read, never flushed.
 */
final class RepeatFinder {
    private final Session session;
    private final IntakeMemory memory;

    RepeatFinder(Session session, IntakeMemory memory) {
        this.session = session;
        this.memory = memory;
    }

    /** Null when the pair was never listed before {@code onOrBefore}, or either side is new. */
    LocalDate lastListing(Long victimId, Collection<Long> perpetratorIds, LocalDate onOrBefore) {
        if (victimId == null || perpetratorIds.isEmpty()) {
            return null;
        }
        LocalDate stored = session.createSelectionQuery("select max(m.meetingDate) from Listing l join l.meeting m"
                + " join l.maracCase c join c.perpetrators p"
                + " where c.victim.id = :victim and p.id in :perpetrators and m.meetingDate <= :date", LocalDate.class)
                .setParameter("victim", victimId).setParameter("perpetrators", perpetratorIds)
                .setParameter("date", onOrBefore).getSingleResultOrNull();
        List<Long> written = memory.casesNaming(victimId, perpetratorIds);
        if (written.isEmpty()) {
            return stored;
        }
        LocalDate more = session.createSelectionQuery("select max(m.meetingDate) from Listing l join l.meeting m"
                + " where l.maracCase.id in :cases and m.meetingDate <= :date", LocalDate.class)
                .setParameter("cases", written).setParameter("date", onOrBefore).getSingleResultOrNull();
        return stored == null || more != null && more.isAfter(stored) ? more : stored;
    }
}
