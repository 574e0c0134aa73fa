package org.maracdesk.casework.meetings;

import java.time.LocalDate;

/**
 * A case whose last MARAC referral or listing passes the repeat window around a meeting's date (the
 * agenda's lapse item).
 *
 * @param lastListed the later of the case's last listing and last accepted referral before the meeting
 */
public record LapseItem(long caseId, String caseReference, LocalDate lastListed, LocalDate lapsesOn) {
}
