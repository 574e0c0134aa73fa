package org.maracdesk.casework.intake;

import java.util.List;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.matching.PersonMatch;

/** The victim found exactly (null when not), and the other similar people, who are not merged. */
record VictimLookup(Person exact, List<PersonMatch> similar) {
}
