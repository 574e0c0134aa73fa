package org.maracdesk.casework.meetings;

import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.PresentFor;

/**
 * A line of the sign-in sheet; {@code presentFor} says which cases an attendee was present for
 * ({@code slotDistrict} names the slot when only one district's); {@code infoReceivedOn} the day an apologising
 * agency's information arrived (decision 0059), null when none was sent or the day was not recorded.
 */
public record AttendanceLine(long id, AttendanceKind kind, String agencyCode, String name, boolean infoSent,
                             PresentFor presentFor, String slotDistrict, java.time.LocalDate infoReceivedOn) {
    public AttendanceLine(long id, AttendanceKind kind, String agencyCode, String name, boolean infoSent,
                          PresentFor presentFor, String slotDistrict) {
        this(id, kind, agencyCode, name, infoSent, presentFor, slotDistrict, null);
    }

    public AttendanceLine(long id, AttendanceKind kind, String agencyCode, String name, boolean infoSent) {
        this(id, kind, agencyCode, name, infoSent, PresentFor.ALL, null);
    }
}
