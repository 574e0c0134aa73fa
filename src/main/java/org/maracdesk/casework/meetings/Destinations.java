package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;

/** The next scheduled meeting of a district, for the cases of a cancelled meeting. Creates nothing. */
final class Destinations {
    private final Session s;
    private final LocalDate today;
    private final Map<Long, Set<String>> slots = new HashMap<>();

    Destinations(Session s, LocalDate today) {
        this.s = s;
        this.today = today;
    }

    /** Scheduled meetings dated today or later, soonest first, other than {@code except}. */
    List<Meeting> candidates(long except) {
        List<Meeting> out = s.createSelectionQuery("from Meeting m where m.status = :st and m.meetingDate >= :d"
                + " and m.id <> :x order by m.meetingDate, m.id", Meeting.class)
                .setParameter("st", MeetingStatus.SCHEDULED).setParameter("d", today).setParameter("x", except)
                .getResultList();
        if (!out.isEmpty()) {
            for (Object[] r : s.createSelectionQuery("select t.meeting.id, t.district from MeetingSlot t"
                    + " where t.meeting in :ms", Object[].class).setParameter("ms", out).getResultList()) {
                slots.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
            }
        }
        return out;
    }

    /** The first candidate for the district (its own district or a slot for it); any, for a case with none. */
    Meeting first(List<Meeting> candidates, String district) {
        for (Meeting m : candidates) {
            if (district == null || district.equals(m.getDistrict())
                    || slots.getOrDefault(m.getId(), Set.of()).contains(district)) {
                return m;
            }
        }
        return null;
    }
}
