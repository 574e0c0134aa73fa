package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.List;

/** What scheduling a meeting needs: date, district (or area name), venue or virtual, chair, cut-off, slots. */
public record NewMeeting(LocalDate date, String district, String venue, boolean virtual, String chair,
                         LocalDate cutOff, List<TimeSlot> slots) {
    public NewMeeting {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
