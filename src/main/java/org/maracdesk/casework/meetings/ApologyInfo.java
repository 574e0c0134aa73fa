package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.AttendanceKind;

/** The day an apologising agency's information arrived (issue 16, decision 0059; MARAC.md §2.7). */
final class ApologyInfo {
    private ApologyInfo() {
    }

    /**
     * @throws IllegalArgumentException when a day is given for anything but an apology with information sent, or
     *                                  lies after {@code today}
     */
    static void check(AttendanceKind kind, boolean infoSent, LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            return;
        }
        if (kind != AttendanceKind.APOLOGY || !infoSent) {
            throw new IllegalArgumentException("the day information arrived is for apologies with information sent;"
                    + " tick \"sent information\" or leave the day empty");
        }
        if (receivedOn.isAfter(today)) {
            throw new IllegalArgumentException("the day information arrived is in the future; give today or an"
                    + " earlier day");
        }
    }
}
