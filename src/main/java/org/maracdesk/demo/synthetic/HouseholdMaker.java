package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.Tables.clamp;
import static org.maracdesk.demo.synthetic.Tables.ints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.Gender;

/** A new victim's situation (who harms them, who else lives there), and the changes a repeat brings. */
final class HouseholdMaker {
    private static final Weighted<Household.Kind> KIND = Weighted.<Household.Kind>builder()
        .add(Household.Kind.PARTNER, 89 * 0.30).add(Household.Kind.SPOUSE, 89 * 0.10)
        .add(Household.Kind.EX_PARTNER, 89 * 0.50).add(Household.Kind.ESTRANGED_SPOUSE, 89 * 0.10)
        .add(Household.Kind.ADULT_CHILD, 9.5 * 0.45).add(Household.Kind.SIBLING, 9.5 * 0.15)
        .add(Household.Kind.PARENT, 9.5 * 0.15).add(Household.Kind.IN_LAW, 9.5 * 0.25)
        .add(Household.Kind.CAPVA_CHILD, 1.5).build();
    private static final Weighted<Integer> CHILD_COUNT = ints(1, 45, 2, 32, 3, 15, 4, 6, 5, 2);

    private final Rng caseRng;
    private final People people;
    private final FictionalCounty.AddressMaker addresses;
    private final PersonMaker persons;

    HouseholdMaker(Rng caseRng, People people, FictionalCounty.AddressMaker addresses) {
        this.caseRng = caseRng;
        this.people = people;
        this.addresses = addresses;
        this.persons = new PersonMaker(caseRng, people, addresses);
    }

    Household newHousehold(LocalDate date) {
        Rng rng = caseRng;
        Household.Kind kind = KIND.pick(rng);
        int district = addresses.randomDistrict();
        Address home = addresses.inDistrict(district);

        Gender victimGender = persons.victimGender(kind);
        int victimAge = persons.victimAge(kind);
        People.Ethnicity victimEthnicity = people.randomEthnicity();
        NamePools.Group victimGroup = victimEthnicity.group(rng);
        String victimGiven = people.givenName(victimGroup, victimGender);
        String birthSurname = people.surname(victimGroup);
        String familySurname = birthSurname;

        List<SyntheticPerson> perpetrators = new ArrayList<>(2);
        List<String> relationships = new ArrayList<>(2);
        boolean victimLgbt;
        Gender perpGender;
        int perpAge;
        People.Ethnicity perpEthnicity;
        String perpSurname;
        String relationship;
        boolean cohabiting;
        SyntheticPerson husband = null;

        if (kind.intimate) {
            perpGender = persons.partnerGender(victimGender);
            victimLgbt = perpGender == victimGender || victimGender == Gender.NON_BINARY
                || perpGender == Gender.NON_BINARY || rng.chance(0.006);
            perpAge = victimAge < 18 ? rng.between(16, 21)
                : clamp(victimAge + (int) Math.round(2 + 5 * rng.gaussian()), 18, 88);
            perpEthnicity = rng.chance(0.82) ? victimEthnicity : people.randomEthnicity();
            perpSurname = people.surname(perpEthnicity.group(rng));
            boolean married = kind == Household.Kind.SPOUSE || kind == Household.Kind.ESTRANGED_SPOUSE;
            if (married && victimGender == Gender.FEMALE && perpGender == Gender.MALE && rng.chance(0.75)) {
                familySurname = perpSurname;
            }
            relationship = kind.label(perpGender);
            cohabiting = rng.chance(switch (kind) {
                case PARTNER -> 0.65;
                case SPOUSE -> 0.85;
                case EX_PARTNER -> 0.08;
                default -> 0.10;
            });
        } else if (kind == Household.Kind.IN_LAW) {
            // victim lives with her husband's family; the primary perpetrator is an in-law
            victimLgbt = rng.chance(0.01);
            perpEthnicity = rng.chance(0.9) ? victimEthnicity : people.randomEthnicity();
            perpSurname = people.surname(perpEthnicity.group(rng));
            if (rng.chance(0.7)) {
                familySurname = perpSurname;
            }
            int which = rng.nextInt(100);
            if (which < 40) {
                perpGender = Gender.FEMALE;
                perpAge = victimAge + rng.between(22, 35);
                relationship = "mother-in-law";
            } else if (which < 60) {
                perpGender = Gender.MALE;
                perpAge = victimAge + rng.between(24, 38);
                relationship = "father-in-law";
            } else if (which < 90) {
                perpGender = Gender.MALE;
                perpAge = Math.max(18, victimAge + rng.between(-8, 8));
                relationship = "brother-in-law";
            } else {
                perpGender = Gender.FEMALE;
                perpAge = Math.max(18, victimAge + rng.between(-8, 8));
                relationship = "sister-in-law";
            }
            cohabiting = rng.chance(0.8);
        } else {
            // abuse by a family member: son or daughter (adult or 16-17), sibling or parent
            victimLgbt = rng.chance(0.02);
            perpEthnicity = victimEthnicity;
            NamePools.Group group = victimGroup;
            switch (kind) {
                case ADULT_CHILD -> {
                    perpGender = rng.chance(0.8) ? Gender.MALE : Gender.FEMALE;
                    perpAge = Math.max(18, victimAge - rng.between(20, 35));
                    cohabiting = rng.chance(0.6);
                }
                case CAPVA_CHILD -> {
                    perpGender = rng.chance(0.75) ? Gender.MALE : Gender.FEMALE;
                    perpAge = rng.between(16, 17);
                    cohabiting = rng.chance(0.95);
                }
                case SIBLING -> {
                    perpGender = rng.chance(0.85) ? Gender.MALE : Gender.FEMALE;
                    perpAge = Math.max(16, victimAge + rng.between(-10, 10));
                    cohabiting = rng.chance(0.35);
                }
                default -> { // PARENT
                    perpGender = rng.chance(0.7) ? Gender.MALE : Gender.FEMALE;
                    perpAge = victimAge + rng.between(18, 35);
                    cohabiting = rng.chance(0.7);
                }
            }
            if (kind == Household.Kind.ADULT_CHILD || kind == Household.Kind.CAPVA_CHILD) {
                if (victimGender == Gender.FEMALE && rng.chance(0.5)) {
                    familySurname = people.surname(group); // took a partner's name at some point
                }
                perpSurname = rng.chance(0.7) ? familySurname : people.surname(group);
            } else {
                perpSurname = rng.chance(0.85) ? birthSurname : people.surname(group);
            }
            relationship = kind.label(perpGender);
        }

        boolean victimDisabled = rng.chance(victimAge >= 65 ? 0.3 : 0.09);
        Diversity victimDiversity = people.diversity(victimEthnicity, victimDisabled, victimLgbt);
        String victimFamily = NamePools.surnameFor(victimGender, familySurname);
        String former = familySurname.equals(birthSurname) ? null : NamePools.surnameFor(victimGender, birthSurname);
        SyntheticPerson victim = new SyntheticPerson(victimGiven, victimFamily,
            people.aliases(victimGiven, victimFamily, former, 0.2),
            people.birthDateForAge(date, victimAge), victimGender, home, victimDiversity);

        Address perpAddress = cohabiting ? home : persons.elsewhere(district);
        boolean perpLgbt = kind.intimate
            ? perpGender == victimGender || perpGender == Gender.NON_BINARY || victimGender == Gender.NON_BINARY
            : rng.chance(0.01);
        SyntheticPerson perp = persons.perpetrator(perpEthnicity, perpGender, perpSurname, perpAge, date, perpAddress,
            perpLgbt);
        perpetrators.add(perp);
        relationships.add(relationship);

        if (kind == Household.Kind.IN_LAW && rng.chance(0.5)) {
            husband = persons.perpetrator(perpEthnicity, Gender.MALE, perpSurname,
                clamp(victimAge + (int) Math.round(3 + 4 * rng.gaussian()), 18, 80), date, home, false);
            perpetrators.add(husband);
            relationships.add("husband");
        } else if (kind.intimate && rng.chance(0.03)) {
            persons.addPartnersRelative(perpetrators, relationships, relationship, perpAge, perpEthnicity, perpSurname,
                date, district);
        }

        boolean perpIsParent;
        List<SyntheticPerson> children;
        if (kind == Household.Kind.CAPVA_CHILD) {
            perpIsParent = false;
            children = rng.chance(0.45)
                ? persons.children(victim, victimEthnicity, perpAge - 1, rng.between(1, 2), null, null, date, district)
                : List.of();
        } else {
            perpIsParent = kind.intimate && rng.chance(0.7) || kind == Household.Kind.IN_LAW && husband != null;
            double p = kind == Household.Kind.ADULT_CHILD ? 0.04 : persons.childProbability(victimAge);
            if (rng.chance(p)) {
                SyntheticPerson parent = perpIsParent ? (husband != null ? husband : perp) : null;
                People.Ethnicity parentEthnicity = parent == null ? null : perpEthnicity;
                children = persons.children(victim, victimEthnicity, Math.min(17, victimAge - 17), CHILD_COUNT.pick(rng),
                    parent, parentEthnicity, date, district);
            } else {
                children = List.of();
                perpIsParent = false;
            }
        }

        List<SyntheticPerson> others = rng.chance(0.08) ? List.of(persons.otherAtRisk(victim, victimAge, victimEthnicity,
            date, district)) : List.of();

        boolean rural = addresses.isRural(home);
        boolean pets = rng.chance(rural ? 0.3 : 0.17);
        boolean noRecourse = victimEthnicity.minoritised()
            && rng.chance(People.ENGLISH.equals(victimDiversity.language()) ? 0.015 : 0.15);
        boolean babyInHousehold = false;
        for (SyntheticPerson c : children) {
            if (c.dateOfBirth().isAfter(date.minusMonths(18))) {
                babyInHousehold = true;
            }
        }
        boolean pregnant = victimGender == Gender.FEMALE && victimAge <= 44 && !babyInHousehold && rng.chance(0.06);
        return new Household(district, kind, victim, victimEthnicity, List.copyOf(perpetrators),
            List.copyOf(relationships), children, others, pets, noRecourse, rural, perpIsParent, pregnant);
    }

    /** On a repeat, the victim occasionally has a new abusive partner (same victim, new perpetrator). */
    void maybeNewPerpetrator(Household h, LocalDate date) {
        if (!h.kind.intimate || !caseRng.chance(0.1)) {
            return;
        }
        SyntheticPerson v = h.victim;
        int victimAge = v.ageOn(date);
        Gender g = persons.partnerGender(v.gender());
        People.Ethnicity e = caseRng.chance(0.8) ? h.victimEthnicity : people.randomEthnicity();
        int age = victimAge < 18 ? caseRng.between(16, 21)
            : clamp(victimAge + (int) Math.round(2 + 5 * caseRng.gaussian()), 18, 88);
        Household.Kind kind = caseRng.chance(0.5) ? Household.Kind.PARTNER : Household.Kind.EX_PARTNER;
        Address address = caseRng.chance(0.3) ? v.address() : persons.elsewhere(h.district);
        SyntheticPerson p = persons.perpetrator(e, g, people.surname(e.group(caseRng)), age, date, address,
            v.diversity().lgbt() && g == v.gender());
        h.kind = kind;
        h.perpetrators = List.of(p);
        h.relationships = List.of(kind.label(g));
    }
}
