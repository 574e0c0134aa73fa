package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.MeetingMinutes;
import org.maracdesk.casework.MinutesVersion;

/** Keeps a meeting's minutes record as a numbered version before a corrected one replaces it. */
final class MinutesVersions {
    private final Session s;

    MinutesVersions(Session s) {
        this.s = s;
    }

    /** Keeps the record being replaced as the next numbered version; returns it (its number and the reason). */
    MinutesVersion keep(MeetingMinutes earlier, Instant at, String by) {
        int next = s.createSelectionQuery("select coalesce(max(v.versionNo), 0) + 1 from MinutesVersion v"
                + " where v.meetingId = :m", Integer.class).setParameter("m", earlier.getMeetingId())
                .getSingleResult();
        MinutesVersion kept = new MinutesVersion(earlier, next, at, by, reopenReason(earlier.getMeetingId()));
        s.persist(kept);
        return kept;
    }

    /** The number of a meeting's current minutes record: one more than its kept versions. */
    static int current(Session s, long meetingId) {
        return s.createSelectionQuery("select coalesce(max(v.versionNo), 0) + 1 from MinutesVersion v"
                + " where v.meetingId = :m", Integer.class).setParameter("m", meetingId).getSingleResult();
    }

    /** The reason given when the meeting was last reopened. */
    private String reopenReason(long meetingId) {
        List<String> reasons = s.createSelectionQuery("select x.reason from MeetingChange x where x.meetingId = :m"
                + " and x.field = 'status' and x.newValue = 'SCHEDULED' and x.reason is not null"
                + " order by x.changedAt desc, x.id desc", String.class).setParameter("m", meetingId)
                .setMaxResults(1).getResultList();
        return reasons.isEmpty() ? "corrected" : reasons.get(0);
    }

    /** The earlier versions of a meeting's minutes, oldest first. */
    static List<MinutesVersion> of(Session s, long meetingId) {
        return s.createSelectionQuery("from MinutesVersion v where v.meetingId = :m order by v.versionNo",
                MinutesVersion.class).setParameter("m", meetingId).getResultList();
    }
}
