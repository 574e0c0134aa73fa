package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * The last MARAC referral of a victim and perpetrator pair on or before a date (MARAC.md §1 and
 * §2.9: a repeat is further abuse between the same victim and perpetrator within 12 months of the
 * last referral; accepted referrals count whether or not they have been heard yet). A listing
 * counts too (history brought across may have listings without their referrals). Whether that
 * date makes the new referral a repeat is the risk engine's decision, not this class's. Pairs this run named on a case
 * ({@link IntakeMemory}) count as well as stored ones; the session is only read, never flushed.
 */
final class RepeatFinder {
    private final Session session;
    private final IntakeMemory memory;

    RepeatFinder(Session session, IntakeMemory memory) {
        this.session = session;
        this.memory = memory;
    }

    /**
     * The later of the pair's last accepted referral and last listing on or before {@code onOrBefore};
     * null when there is neither, or either side is new.
     */
    LocalDate lastReferral(Long victimId, Collection<Long> perpetratorIds, LocalDate onOrBefore) {
        LocalDate listed = lastListing(victimId, perpetratorIds, onOrBefore);
        if (victimId == null || perpetratorIds.isEmpty()) {
            return listed;
        }
        LocalDate referred = session.createSelectionQuery("select max(r.referralDate) from Referral r"
                + " join r.maracCase c join c.perpetrators p"
                + " where c.victim.id = :victim and p.id in :perpetrators and r.referralDate <= :date", LocalDate.class)
                .setParameter("victim", victimId).setParameter("perpetrators", perpetratorIds)
                .setParameter("date", onOrBefore).getSingleResultOrNull();
        LocalDate inRun = memory.lastReferral(memory.casesNaming(victimId, perpetratorIds), onOrBefore);
        return latest(latest(listed, referred), inRun);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    /** Null when the pair was never listed before {@code onOrBefore}, or either side is new. */
    LocalDate lastListing(Long victimId, Collection<Long> perpetratorIds, LocalDate onOrBefore) {
        if (victimId == null || perpetratorIds.isEmpty()) {
            return null;
        }
        LocalDate stored = session.createSelectionQuery("select max(m.meetingDate) from Listing l join l.meeting m"
                + " join l.maracCase c join c.perpetrators p"
                + " where c.victim.id = :victim and p.id in :perpetrators and m.meetingDate <= :date and m.status <> :cancelled", LocalDate.class)
                .setParameter("cancelled", org.maracdesk.casework.MeetingStatus.CANCELLED).setParameter("victim", victimId).setParameter("perpetrators", perpetratorIds)
                .setParameter("date", onOrBefore).getSingleResultOrNull();
        List<Long> written = memory.casesNaming(victimId, perpetratorIds);
        if (written.isEmpty()) {
            return stored;
        }
        LocalDate more = session.createSelectionQuery("select max(m.meetingDate) from Listing l join l.meeting m"
                + " where l.maracCase.id in :cases and m.meetingDate <= :date and m.status <> :cancelled", LocalDate.class)
                .setParameter("cancelled", org.maracdesk.casework.MeetingStatus.CANCELLED)
                .setParameter("cases", written).setParameter("date", onOrBefore).getSingleResultOrNull();
        return stored == null || more != null && more.isAfter(stored) ? more : stored;
    }
}
