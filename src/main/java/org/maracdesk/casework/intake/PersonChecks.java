package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.time.Period;
import org.maracdesk.casework.ContactDetails;

/** Names, date of birth and the lengths the store allows, for one person on a referral. */
final class PersonChecks {
    static final int OLDEST = 110;

    /** Which ages make sense for the person's role on the referral date. */
    enum AgeRule { VICTIM, ADULT_OR_CHILD, CHILD }

    private PersonChecks() {
    }

    static void check(Problems p, String path, PersonDetails person, LocalDate referralDate, AgeRule rule) {
        if (!p.required(path, person)) {
            return;
        }
        p.required(path + ".givenName", person.givenName());
        p.required(path + ".familyName", person.familyName());
        p.maxLength(path + ".givenName", person.givenName(), 200);
        p.maxLength(path + ".familyName", person.familyName(), 200);
        p.maxLength(path + ".aliases", person.aliases(), "; ", 2000);
        if (rule == AgeRule.VICTIM) {
            p.required(path + ".dateOfBirth", person.dateOfBirth());
        }
        if (person.dateOfBirth() != null && referralDate != null) {
            age(p, path + ".dateOfBirth", person.dateOfBirth(), referralDate, rule);
        }
        address(p, path, person.address());
        contact(p, path, person.contact());
        if (person.diversity() != null) {
            p.maxLength(path + ".ethnicity", person.diversity().ethnicity(), 120);
            p.maxLength(path + ".firstLanguage", person.diversity().firstLanguage(), 80);
        }
    }

    private static void age(Problems p, String field, LocalDate dob, LocalDate referralDate, AgeRule rule) {
        if (dob.isAfter(referralDate)) {
            p.add(field, "is after the referral date");
            return;
        }
        int age = Period.between(dob, referralDate).getYears();
        if (age > OLDEST) {
            p.add(field, "gives an age over " + OLDEST + " on the referral date; check the year");
        } else if (rule == AgeRule.VICTIM && age < 16) {
            p.add(field, "gives an age under 16 on the referral date; MARAC hears victims aged 16 or over");
        } else if (rule == AgeRule.CHILD && age >= 18) {
            p.add(field, "gives an age of 18 or over on the referral date; list adults under othersAtRisk");
        }
    }

    private static void address(Problems p, String path, PostalAddress a) {
        if (a == null) {
            return;
        }
        p.maxLength(path + ".addressLine1", a.line1(), 300);
        p.maxLength(path + ".town", a.town(), 120);
        p.maxLength(path + ".postcode", a.postcode(), 12);
        p.maxLength(path + ".district", a.district(), 120);
    }

    private static void contact(Problems p, String path, ContactDetails c) {
        if (c == null) {
            return;
        }
        p.maxLength(path + ".phone", c.getPhone(), 40);
        p.maxLength(path + ".email", c.getEmail(), 254);
        p.maxLength(path + ".safeTimes", c.getSafeTimes(), 200);
        p.maxLength(path + ".safeContact", c.getSafeContact(), 400);
    }
}
