package org.maracdesk.casework.meetings;

import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.PresentFor;

/**
 * A line of the sign-in sheet; {@code presentFor} says which cases an attendee was present for
 * ({@code slotDistrict} names the slot when only one district's).
 */
public record AttendanceLine(long id, AttendanceKind kind, String agencyCode, String name, boolean infoSent,
                             PresentFor presentFor, String slotDistrict) {
    public AttendanceLine(long id, AttendanceKind kind, String agencyCode, String name, boolean infoSent) {
        this(id, kind, agencyCode, name, infoSent, PresentFor.ALL, null);
    }
}
