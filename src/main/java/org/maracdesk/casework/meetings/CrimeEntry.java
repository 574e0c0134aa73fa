package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.CrimeAgainst;

/**
 * A crime as entered at the meeting (a new one or a correction).
 *
 * @param personId the case's person it was against (the victim, one of the children, or another
 *                 person at risk), or null when none is named
 * @param againstNote who, in words, when no person of the case fits
 */
public record CrimeEntry(String description, LocalDate occurredOn, String occurredNote, CrimeAgainst against,
                         Long personId, String againstNote, String disclosedBy) {
}
