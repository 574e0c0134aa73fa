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

        PrimaryPerpetrator primary = PrimaryPerpetrator.decide(rng, people, persons, kind, victimGender, victimAge,
            victimEthnicity, victimGroup, birthSurname);
        String familySurname = primary.familySurname;

        boolean victimDisabled = rng.chance(victimAge >= 65 ? 0.3 : 0.09);
        Diversity victimDiversity = people.diversity(victimEthnicity, victimDisabled, primary.victimLgbt);
        String victimFamily = NamePools.surnameFor(victimGender, familySurname);
        String former = familySurname.equals(birthSurname) ? null : NamePools.surnameFor(victimGender, birthSurname);
        SyntheticPerson victim = new SyntheticPerson(victimGiven, victimFamily,
            people.aliases(victimGiven, victimFamily, former, 0.2),
            people.birthDateForAge(date, victimAge), victimGender, home, victimDiversity);

        Address perpAddress = primary.cohabiting ? home : persons.elsewhere(district);
        boolean perpLgbt = kind.intimate
            ? primary.gender == victimGender || primary.gender == Gender.NON_BINARY
                || victimGender == Gender.NON_BINARY
            : rng.chance(0.01);
        SyntheticPerson perp = persons.perpetrator(primary.ethnicity, primary.gender, primary.surname, primary.age,
            date, perpAddress, perpLgbt);
        List<SyntheticPerson> perpetrators = new ArrayList<>(2);
        List<String> relationships = new ArrayList<>(2);
        perpetrators.add(perp);
        relationships.add(primary.relationship);
        SyntheticPerson husband = null;

        if (kind == Household.Kind.IN_LAW && rng.chance(0.5)) {
            husband = persons.perpetrator(primary.ethnicity, Gender.MALE, primary.surname,
                clamp(victimAge + (int) Math.round(3 + 4 * rng.gaussian()), 18, 80), date, home, false);
            perpetrators.add(husband);
            relationships.add("husband");
        } else if (kind.intimate && rng.chance(0.03)) {
            persons.addPartnersRelative(perpetrators, relationships, primary.relationship, primary.age,
                primary.ethnicity, primary.surname, date, district);
        }

        Kids kids = kids(kind, victim, victimEthnicity, victimAge, primary, husband != null ? husband : perp,
            husband != null, date, district);
        List<SyntheticPerson> children = kids.children();

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
            List.copyOf(relationships), children, others, pets, noRecourse, rural, kids.perpetratorIsParent(), pregnant);
    }

    /** The children under 18, and whether the primary perpetrator (or the victim's husband) is their parent. */
    private record Kids(List<SyntheticPerson> children, boolean perpetratorIsParent) {
    }

    /** {@code parent} is the husband when there is one ({@code married}), otherwise the primary perpetrator. */
    private Kids kids(Household.Kind kind, SyntheticPerson victim, People.Ethnicity victimEthnicity, int victimAge,
                      PrimaryPerpetrator primary, SyntheticPerson parent, boolean married, LocalDate date,
                      int district) {
        Rng rng = caseRng;
        if (kind == Household.Kind.CAPVA_CHILD) {
            return new Kids(rng.chance(0.45)
                ? persons.children(victim, victimEthnicity, primary.age - 1, rng.between(1, 2), null, null, date,
                    district)
                : List.of(), false);
        }
        boolean perpIsParent = kind.intimate && rng.chance(0.7) || kind == Household.Kind.IN_LAW && married;
        double p = kind == Household.Kind.ADULT_CHILD ? 0.04 : persons.childProbability(victimAge);
        if (!rng.chance(p)) {
            return new Kids(List.of(), false);
        }
        SyntheticPerson other = perpIsParent ? parent : null;
        People.Ethnicity otherEthnicity = other == null ? null : primary.ethnicity;
        return new Kids(persons.children(victim, victimEthnicity, Math.min(17, victimAge - 17), CHILD_COUNT.pick(rng),
            other, otherEthnicity, date, district), perpIsParent);
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
