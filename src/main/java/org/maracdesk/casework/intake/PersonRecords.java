package org.maracdesk.casework.intake;

import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.matching.Names;

/** Turns a referral's description of a person into a new {@link Person}, or brings a known one up to date. */
final class PersonRecords {
    static final int ALIASES_MAX = 2000;

    private PersonRecords() {
    }

    static Person create(PersonDetails d) {
        Person p = new Person(d.givenName().strip(), d.familyName().strip(), d.dateOfBirth(),
                (d.gender() == null ? Gender.NOT_KNOWN : d.gender()).name());
        p.setAliases(d.aliases().isEmpty() ? null : String.join("; ", d.aliases()));
        update(p, d);
        return p;
    }

    /** New address, contact and diversity values replace old ones; new aliases are added; nothing is cleared. */
    static void update(Person p, PersonDetails d) {
        PostalAddress a = d.address();
        if (a != null) {
            p.setAddress(a.line1(), a.town(), a.postcode(), a.district());
        }
        if (d.contact() != null) {
            p.updateContact(d.contact());
        }
        DiversityDetails v = d.diversity();
        if (v != null) {
            p.updateDiversity(v.ethnicity(), v.disabled(), v.lgbt(), v.firstLanguage(), v.interpreterNeeded());
        }
        mergeAliases(p, d.aliases());
    }

    private static void mergeAliases(Person p, List<String> given) {
        List<String> aliases = new ArrayList<>(Names.aliasList(p.getAliases()));
        List<String> known = new ArrayList<>(aliases.stream().map(Names::compact).toList());
        known.add(Names.compact(p.getGivenName() + " " + p.getFamilyName()));
        boolean changed = false;
        for (String alias : given) {
            String key = Names.compact(alias);
            if (!key.isEmpty() && !known.contains(key) && fits(aliases, alias.strip())) {
                aliases.add(alias.strip());
                known.add(key);
                changed = true;
            }
        }
        if (changed) {
            p.setAliases(String.join("; ", aliases));
        }
    }

    /** The aliases column holds 2000 characters; aliases that would not fit are left out, never cut. */
    private static boolean fits(List<String> aliases, String alias) {
        int length = String.join("; ", aliases).length();
        return (aliases.isEmpty() ? alias.length() : length + 2 + alias.length()) <= ALIASES_MAX;
    }

    /** Same person by name, and by date of birth when both have one: how a referral re-names someone already on the case. */
    static boolean sameNamed(Person p, PersonDetails d) {
        boolean names = Names.compact(p.getGivenName()).equals(Names.compact(d.givenName()))
                && Names.compact(p.getFamilyName()).equals(Names.compact(d.familyName()));
        return names && (p.getDateOfBirth() == null || d.dateOfBirth() == null
                || p.getDateOfBirth().equals(d.dateOfBirth()));
    }
}
