package org.maracdesk.casework.meetings;

import java.time.LocalTime;

/** The part of a meeting given to one district. */
public record TimeSlot(String district, LocalTime startsAt, LocalTime endsAt) {
}
