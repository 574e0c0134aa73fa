package org.maracdesk.casework.meetings;

import java.time.LocalDate;

/** A case whose last listing passes 12 months around a meeting's date (the agenda's lapse item). */
public record LapseItem(long caseId, String caseReference, LocalDate lastListed, LocalDate lapsesOn) {
}
