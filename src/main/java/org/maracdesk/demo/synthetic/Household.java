package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.Gender;

/** Generation-time state of one victim's situation, shared by the victim's first and repeat referrals. */
final class Household {

    /** What the (primary) perpetrator is to the victim. */
    enum Kind {
        PARTNER(true, false), SPOUSE(true, false), EX_PARTNER(true, true), ESTRANGED_SPOUSE(true, true),
        ADULT_CHILD(false, false), SIBLING(false, false), PARENT(false, false), IN_LAW(false, false),
        CAPVA_CHILD(false, false);

        final boolean intimate;
        final boolean separated;

        Kind(boolean intimate, boolean separated) {
            this.intimate = intimate;
            this.separated = separated;
        }

        /** Relationship label of a perpetrator of {@code gender} to the victim. */
        String label(Gender gender) {
            return switch (this) {
                case PARTNER -> "partner";
                case SPOUSE -> pick(gender, "wife", "husband", "spouse");
                case EX_PARTNER -> "ex-partner";
                case ESTRANGED_SPOUSE -> pick(gender, "estranged wife", "estranged husband", "estranged spouse");
                case ADULT_CHILD, CAPVA_CHILD -> pick(gender, "daughter", "son", "child");
                case SIBLING -> pick(gender, "sister", "brother", "sibling");
                case PARENT -> pick(gender, "mother", "father", "parent");
                case IN_LAW -> pick(gender, "sister-in-law", "brother-in-law", "in-law");
            };
        }

        private static String pick(Gender g, String female, String male, String other) {
            return g == Gender.FEMALE ? female : g == Gender.MALE ? male : other;
        }
    }

    final int district;
    /** Changes when a repeat involves a new partner. */
    Kind kind;
    final SyntheticPerson victim;
    final People.Ethnicity victimEthnicity;
    /** Children under 18; one who turns 18 before a repeat referral drops off. */
    List<SyntheticPerson> children;
    final List<SyntheticPerson> othersAtRisk;
    final boolean pets;
    final boolean noRecourse;
    final boolean rural;
    final boolean perpetratorIsParent;
    final boolean pregnant;
    int id;
    List<SyntheticPerson> perpetrators;
    List<String> relationships;
    /** Index of the most recent referral of this victim. */
    int latestReferral = -1;

    Household(int district, Kind kind, SyntheticPerson victim, People.Ethnicity victimEthnicity,
              List<SyntheticPerson> perpetrators, List<String> relationships, List<SyntheticPerson> children,
              List<SyntheticPerson> othersAtRisk, boolean pets, boolean noRecourse, boolean rural,
              boolean perpetratorIsParent, boolean pregnant) {
        this.district = district;
        this.kind = kind;
        this.victim = victim;
        this.victimEthnicity = victimEthnicity;
        this.perpetrators = perpetrators;
        this.relationships = relationships;
        this.children = children;
        this.othersAtRisk = othersAtRisk;
        this.pets = pets;
        this.noRecourse = noRecourse;
        this.rural = rural;
        this.perpetratorIsParent = perpetratorIsParent;
        this.pregnant = pregnant;
    }

    /** Removes children who are 18 or over on {@code date} (keeping the list instance when nothing changes). */
    void dropAdultChildren(LocalDate date) {
        LocalDate eighteenthBirthdayBy = date.minusYears(18);
        boolean any = false;
        for (SyntheticPerson c : children) {
            any |= !c.dateOfBirth().isAfter(eighteenthBirthdayBy);
        }
        if (any) {
            List<SyntheticPerson> under18 = new ArrayList<>();
            for (SyntheticPerson c : children) {
                if (c.dateOfBirth().isAfter(eighteenthBirthdayBy)) {
                    under18.add(c);
                }
            }
            children = List.copyOf(under18);
        }
    }

    SyntheticPerson primaryPerpetrator() {
        return perpetrators.get(0);
    }

    String primaryRelationship() {
        return relationships.get(0);
    }
}
