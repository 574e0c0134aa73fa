package org.maracdesk.exchange.exports;

import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The seam to the meeting record (attendance, joint safety plan), which is being built
 * separately. {@link #NONE} is used until it exists; replace it in the composition root and in
 * the CLI's export command with an implementation reading the meeting tables.
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
