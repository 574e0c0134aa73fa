package org.maracdesk.casework.meetings;

import org.maracdesk.casework.CrimeAgainst;

/** A person of a case a crime can be recorded against, with the part they have in the case. */
public record CasePerson(long personId, CrimeAgainst as, String name) {
}
