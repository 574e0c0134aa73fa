package org.maracdesk.casework.migration;

import java.time.LocalDate;

/** A person as a tracker names them: a name and, when known, a date of birth. */
public record HistoricPerson(String givenName, String familyName, LocalDate dateOfBirth) {
}
