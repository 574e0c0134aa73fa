package org.maracdesk.casework.meetings;

import org.maracdesk.casework.AttendanceKind;

/** A line of the sign-in sheet. */
public record AttendanceLine(long id, AttendanceKind kind, String agencyCode, String name, boolean infoSent) {
}
