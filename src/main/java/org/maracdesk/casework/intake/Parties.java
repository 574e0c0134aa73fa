package org.maracdesk.casework.intake;

import java.util.List;
import org.maracdesk.casework.Person;

/** The stored people a referral names, in the referral's order, each list parallel to its {@link RelatedPerson} list. */
record Parties(List<Person> perpetrators, List<Person> children, List<Person> othersAtRisk) {

    List<Long> perpetratorIds() {
        return perpetrators.stream().map(Person::getId).toList();
    }
}
