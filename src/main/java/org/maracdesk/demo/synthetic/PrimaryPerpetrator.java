package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.Tables.clamp;

import org.maracdesk.casework.Gender;

/**
 * Who mainly harms a new victim, as the kind of household decides it: an intimate partner, an in-law, or
 * another family member (son or daughter, sibling, parent). Also settles what follows from that choice for the
 * victim: their surname in the family, and whether they are LGBT+.
 */
final class PrimaryPerpetrator {
    Gender gender;
    int age;
    People.Ethnicity ethnicity;
    String surname;
    String relationship;
    boolean cohabiting;
    /** The victim's. */
    boolean victimLgbt;
    /** The victim's surname now (their birth surname unless they took a partner's or family's). */
    String familySurname;

    private final Rng rng;
    private final People people;
    private final Household.Kind kind;
    private final Gender victimGender;
    private final int victimAge;
    private final People.Ethnicity victimEthnicity;

    private PrimaryPerpetrator(Rng rng, People people, Household.Kind kind, Gender victimGender, int victimAge,
                               People.Ethnicity victimEthnicity, String birthSurname) {
        this.rng = rng;
        this.people = people;
        this.kind = kind;
        this.victimGender = victimGender;
        this.victimAge = victimAge;
        this.victimEthnicity = victimEthnicity;
        this.familySurname = birthSurname;
    }

    static PrimaryPerpetrator decide(Rng rng, People people, PersonMaker persons, Household.Kind kind,
                                     Gender victimGender, int victimAge, People.Ethnicity victimEthnicity,
                                     NamePools.Group victimGroup, String birthSurname) {
        PrimaryPerpetrator p = new PrimaryPerpetrator(rng, people, kind, victimGender, victimAge, victimEthnicity,
            birthSurname);
        if (kind.intimate) {
            p.partner(persons);
        } else if (kind == Household.Kind.IN_LAW) {
            p.inLaw();
        } else {
            p.relative(victimGroup, birthSurname);
        }
        return p;
    }

    private void partner(PersonMaker persons) {
        gender = persons.partnerGender(victimGender);
        victimLgbt = gender == victimGender || victimGender == Gender.NON_BINARY
            || gender == Gender.NON_BINARY || rng.chance(0.006);
        age = victimAge < 18 ? rng.between(16, 21)
            : clamp(victimAge + (int) Math.round(2 + 5 * rng.gaussian()), 18, 88);
        ethnicity = rng.chance(0.82) ? victimEthnicity : people.randomEthnicity();
        surname = people.surname(ethnicity.group(rng));
        boolean married = kind == Household.Kind.SPOUSE || kind == Household.Kind.ESTRANGED_SPOUSE;
        if (married && victimGender == Gender.FEMALE && gender == Gender.MALE && rng.chance(0.75)) {
            familySurname = surname;
        }
        relationship = kind.label(gender);
        cohabiting = rng.chance(switch (kind) {
            case PARTNER -> 0.65;
            case SPOUSE -> 0.85;
            case EX_PARTNER -> 0.08;
            default -> 0.10;
        });
    }

    /** The victim lives with her husband's family; the primary perpetrator is an in-law. */
    private void inLaw() {
        victimLgbt = rng.chance(0.01);
        ethnicity = rng.chance(0.9) ? victimEthnicity : people.randomEthnicity();
        surname = people.surname(ethnicity.group(rng));
        if (rng.chance(0.7)) {
            familySurname = surname;
        }
        int which = rng.nextInt(100);
        if (which < 40) {
            gender = Gender.FEMALE;
            age = victimAge + rng.between(22, 35);
            relationship = "mother-in-law";
        } else if (which < 60) {
            gender = Gender.MALE;
            age = victimAge + rng.between(24, 38);
            relationship = "father-in-law";
        } else if (which < 90) {
            gender = Gender.MALE;
            age = Math.max(18, victimAge + rng.between(-8, 8));
            relationship = "brother-in-law";
        } else {
            gender = Gender.FEMALE;
            age = Math.max(18, victimAge + rng.between(-8, 8));
            relationship = "sister-in-law";
        }
        cohabiting = rng.chance(0.8);
    }

    /** Abuse by a family member: son or daughter (adult or 16-17), sibling or parent. */
    private void relative(NamePools.Group group, String birthSurname) {
        victimLgbt = rng.chance(0.02);
        ethnicity = victimEthnicity;
        switch (kind) {
            case ADULT_CHILD -> {
                gender = rng.chance(0.8) ? Gender.MALE : Gender.FEMALE;
                age = Math.max(18, victimAge - rng.between(20, 35));
                cohabiting = rng.chance(0.6);
            }
            case CAPVA_CHILD -> {
                gender = rng.chance(0.75) ? Gender.MALE : Gender.FEMALE;
                age = rng.between(16, 17);
                cohabiting = rng.chance(0.95);
            }
            case SIBLING -> {
                gender = rng.chance(0.85) ? Gender.MALE : Gender.FEMALE;
                age = Math.max(16, victimAge + rng.between(-10, 10));
                cohabiting = rng.chance(0.35);
            }
            default -> { // PARENT
                gender = rng.chance(0.7) ? Gender.MALE : Gender.FEMALE;
                age = victimAge + rng.between(18, 35);
                cohabiting = rng.chance(0.7);
            }
        }
        if (kind == Household.Kind.ADULT_CHILD || kind == Household.Kind.CAPVA_CHILD) {
            if (victimGender == Gender.FEMALE && rng.chance(0.5)) {
                familySurname = people.surname(group); // took a partner's name at some point
            }
            surname = rng.chance(0.7) ? familySurname : people.surname(group);
        } else {
            surname = rng.chance(0.85) ? birthSurname : people.surname(group);
        }
        relationship = kind.label(gender);
    }
}
