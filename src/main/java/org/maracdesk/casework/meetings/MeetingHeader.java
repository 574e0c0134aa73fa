package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.List;

/** A meeting as lists and screens show it; a cancelled meeting is neither closed nor open. */
public record MeetingHeader(long id, LocalDate date, String district, String venue, boolean virtual, String chair,
                            LocalDate cutOff, boolean closed, boolean circulated, List<TimeSlot> slots,
                            boolean cancelled) {
}
