package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import org.maracdesk.casework.CrimeAgainst;

/**
 * One crime disclosed at MARAC as screens and documents show it.
 *
 * @param against null for an entry moved from the old free-text field and not yet completed
 * @param personName the named person of the case it was against, or null
 * @param disclosedBy the agency code, null when not recorded (moved from free text)
 * @param fromFreeText moved from the free-text field by the upgrade: check it and complete it
 */
public record CrimeLine(long id, long caseId, String caseReference, int agendaOrder, String description,
                        LocalDate occurredOn, String occurredNote, CrimeAgainst against, Long personId,
                        String personName, String againstNote, String disclosedBy, String policeReference,
                        boolean fromFreeText, int version) {
}
