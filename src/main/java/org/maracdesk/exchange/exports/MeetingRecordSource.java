package org.maracdesk.exchange.exports;

import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Where minutes find the meeting record (attendance, joint safety plan):
 * {@link MeetingTablesRecordSource} in the application; {@link #NONE} where a test wants
 * minutes built from actions alone.
 */
public interface MeetingRecordSource {
    /** Who attended the meeting (name and agency, one line each), for the minutes' attendance list. */
    List<String> attendance(Session s, long meetingId);

    /** Agency codes present when this case was discussed: they receive it on a need-to-know basis. */
    Set<String> agenciesPresent(Session s, long meetingId, long caseId);

    /** The joint safety plan agreed for this case at this meeting, one point per line. */
    List<String> safetyPlan(Session s, long meetingId, long caseId);

    MeetingRecordSource NONE = new MeetingRecordSource() {
        @Override
        public List<String> attendance(Session s, long meetingId) {
            return List.of();
        }

        @Override
        public Set<String> agenciesPresent(Session s, long meetingId, long caseId) {
            return Set.of();
        }

        @Override
        public List<String> safetyPlan(Session s, long meetingId, long caseId) {
            return List.of();
        }
    };
}
