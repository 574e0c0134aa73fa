package org.maracdesk.casework.meetings;

import java.time.Clock;
import org.hibernate.Session;
import org.maracdesk.casework.MeetingChange;
import org.maracdesk.security.CurrentUser;

/**
 * Writes a meeting's change history (field, old and new value, reason: in the encrypted store) and
 * the matching audit entry (ids and a keyed digest only), in the caller's transaction.
 */
final class MeetingHistory {
    private final ChangeLog changes;
    private final CurrentUser users;
    private final Clock clock;

    MeetingHistory(ChangeLog changes, CurrentUser users, Clock clock) {
        this.changes = changes;
        this.users = users;
        this.clock = clock;
    }

    /** One changed field of a meeting, or of one case on it when {@code caseId} is not null. */
    MeetingChange record(Session s, long meetingId, Long caseId, String field, Object oldValue, Object newValue,
                         String reason) {
        MeetingChange c = new MeetingChange(meetingId, caseId, clock.instant(), users.current().username(), field,
                text(oldValue), text(newValue), reason);
        s.persist(c);
        s.flush();
        changes.changed(s, "meeting-change", c.getId(), String.valueOf(meetingId), String.valueOf(caseId), field,
                text(oldValue), text(newValue), reason);
        return c;
    }

    /** One changed field of a district. */
    void district(Session s, long districtId, String field, Object oldValue, Object newValue) {
        MeetingChange c = MeetingChange.ofDistrict(districtId, clock.instant(), users.current().username(), field,
                text(oldValue), text(newValue));
        s.persist(c);
        s.flush();
        changes.changed(s, "district", districtId, field, text(oldValue), text(newValue));
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String t = String.valueOf(value);
        return t.length() > 4000 ? t.substring(0, 4000) : t;
    }
}
