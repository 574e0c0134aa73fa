package org.maracdesk.casework.meetings;

import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingSlot;
import org.maracdesk.casework.MeetingStatus;

/** Loading meetings and turning them into headers, shared by the meeting services. */
final class Headers {
    private Headers() {
    }

    static Meeting meeting(Session s, long id) {
        Meeting m = s.get(Meeting.class, id);
        if (m == null) {
            throw new IllegalArgumentException("there is no meeting " + id);
        }
        return m;
    }

    static void requireOpen(Meeting m) {
        if (m.getStatus() == MeetingStatus.CLOSED) {
            throw new IllegalStateException("the meeting of " + m.getMeetingDate() + " is closed; its record can no"
                    + " longer change");
        }
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            throw new IllegalStateException("the meeting of " + m.getMeetingDate() + " was cancelled; choose another"
                    + " meeting");
        }
    }

    static MeetingHeader of(Session s, Meeting m) {
        List<TimeSlot> slots = s.createSelectionQuery("from MeetingSlot t where t.meeting = :m order by t.startsAt",
                MeetingSlot.class).setParameter("m", m).getResultList().stream()
                .map(t -> new TimeSlot(t.getDistrict(), t.getStartsAt(), t.getEndsAt())).toList();
        return new MeetingHeader(m.getId(), m.getMeetingDate(), m.getDistrict(), m.getVenue(), m.isVirtual(),
                m.getChairName(), m.getCutOff(), m.getStatus() == MeetingStatus.CLOSED, m.getCirculatedAt() != null,
                slots, m.getStatus() == MeetingStatus.CANCELLED);
    }
}
