package org.maracdesk.casework.meetings;

import java.util.List;

/** The whole meeting as the meeting view runs it. */
public record MeetingRecord(MeetingHeader meeting, String lapseNote, String anyOtherBusiness,
                            List<AttendanceLine> attendance, List<ActionLine> outstanding, List<CaseRecord> cases,
                            List<LapseItem> lapses) {
}
