package org.maracdesk.exchange.referrals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.intake.DiversityDetails;
import org.maracdesk.casework.intake.PersonDetails;
import org.maracdesk.casework.intake.PostalAddress;
import org.maracdesk.casework.intake.RelatedPerson;

/** A person object of a referral file: flat fields for name, address, contact and diversity. */
final class PersonReader {
    static final List<String> PERSON_FIELDS = List.of("givenName", "familyName", "aliases", "dateOfBirth", "gender",
            "addressLine1", "town", "postcode", "district", "phone", "email", "safeToCall", "safeTimes",
            "safeContact", "ethnicity", "disabled", "lgbt", "firstLanguage", "interpreterNeeded");
    static final List<String> RELATED_FIELDS = List.of("relationshipToVictim", "relationshipToPerpetrator",
            "livesWith", "school", "note");

    private PersonReader() {
    }

    static PersonDetails victim(Fields f) {
        f.allowOnly(Set.copyOf(PERSON_FIELDS));
        return person(f);
    }

    static RelatedPerson related(Fields f) {
        Set<String> allowed = new HashSet<>(PERSON_FIELDS);
        allowed.addAll(RELATED_FIELDS);
        f.allowOnly(allowed);
        return new RelatedPerson(person(f), f.text("relationshipToVictim"), f.text("relationshipToPerpetrator"),
                f.text("livesWith"), f.text("school"), f.text("note"));
    }

    private static PersonDetails person(Fields f) {
        String given = f.requiredText("givenName");
        String family = f.requiredText("familyName");
        Gender gender = f.code("gender", Codes::gender, Codes.names(Gender.class));
        return new PersonDetails(given, family, f.list("aliases"), f.date("dateOfBirth"), gender, address(f),
                contact(f), diversity(f));
    }

    private static PostalAddress address(Fields f) {
        String line1 = f.text("addressLine1");
        String town = f.text("town");
        String postcode = f.text("postcode");
        String district = f.text("district");
        return line1 == null && town == null && postcode == null && district == null ? null
                : new PostalAddress(line1, town, postcode, district);
    }

    private static ContactDetails contact(Fields f) {
        String phone = f.phone("phone");
        String email = f.text("email");
        Boolean safeToCall = f.bool("safeToCall");
        String safeTimes = f.text("safeTimes");
        String safeContact = f.text("safeContact");
        return phone == null && email == null && safeToCall == null && safeTimes == null && safeContact == null
                ? null : new ContactDetails(phone, email, safeToCall, safeTimes, safeContact);
    }

    private static DiversityDetails diversity(Fields f) {
        DiversityDetails d = new DiversityDetails(f.text("ethnicity"), f.bool("disabled"), f.bool("lgbt"),
                f.text("firstLanguage"), f.bool("interpreterNeeded"));
        return d.equals(new DiversityDetails(null, null, null, null, null)) ? null : d;
    }
}
