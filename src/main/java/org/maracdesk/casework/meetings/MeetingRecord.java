package org.maracdesk.casework.meetings;

import java.util.List;

/**
 * The whole meeting as the meeting view runs it, for one account: cases withheld from it by a
 * must-not-receive entry are left out and only counted (listed cases and outstanding actions).
 */
public record MeetingRecord(MeetingHeader meeting, String lapseNote, String anyOtherBusiness,
                            List<AttendanceLine> attendance, List<ActionLine> outstanding, List<CaseRecord> cases,
                            List<LapseItem> lapses, int withheldCases) {
}
