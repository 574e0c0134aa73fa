package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.Tables.clamp;
import static org.maracdesk.demo.synthetic.Tables.ranges;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.maracdesk.casework.Gender;

/** The people around a victim: perpetrators, children, others at risk, their ages and genders. */
final class PersonMaker {
    /** Victim ages for intimate-partner abuse, skewed 20-45 (pairs of [from, to] ranges with weights). */
    private static final Weighted<int[]> PARTNER_VICTIM_AGE = ranges(16, 17, 1.3, 18, 19, 3.5, 20, 24, 14, 25, 29, 18,
        30, 34, 18, 35, 39, 14, 40, 44, 11, 45, 49, 6.5, 50, 59, 6.5, 60, 69, 2.5, 70, 79, 1.2);

    private final Rng caseRng;
    private final People people;
    private final FictionalCounty.AddressMaker addresses;

    PersonMaker(Rng caseRng, People people, FictionalCounty.AddressMaker addresses) {
        this.caseRng = caseRng;
        this.people = people;
        this.addresses = addresses;
    }

    SyntheticPerson perpetrator(People.Ethnicity ethnicity, Gender gender, String surnameBase, int age,
                                        LocalDate date, Address address, boolean lgbt) {
        String given = people.givenName(ethnicity.group(caseRng), gender);
        String family = NamePools.surnameFor(gender, surnameBase);
        Diversity d = people.diversity(ethnicity, caseRng.chance(0.07), lgbt);
        return new SyntheticPerson(given, family, people.aliases(given, family, null, 0.28),
            people.birthDateForAge(date, age), gender, address, d);
    }

    void addPartnersRelative(List<SyntheticPerson> perpetrators, List<String> relationships,
                                     String relationship, int perpAge,
                                     People.Ethnicity ethnicity, String surname, LocalDate date, int district) {
        int which = caseRng.nextInt(4);
        String label = switch (which) {
            case 0 -> "brother";
            case 1 -> "mother";
            case 2 -> "sister";
            default -> "friend";
        };
        Gender g = which == 1 || which == 2 || which == 3 && caseRng.chance(0.2) ? Gender.FEMALE : Gender.MALE;
        int age = which == 1 ? clamp(perpAge + caseRng.between(20, 30), 36, 90)
            : clamp(perpAge + caseRng.between(-8, 8), 16, 85);
        String base = which == 3 ? people.surname(ethnicity.group(caseRng)) : NamePools.baseSurname(surname);
        perpetrators.add(perpetrator(ethnicity, g, base, age, date, addresses.inDistrict(district), false));
        relationships.add(relationship + "'s " + label);
    }

    List<SyntheticPerson> children(SyntheticPerson victim, People.Ethnicity victimEthnicity, int maxAge,
                                           int count, SyntheticPerson otherParent, People.Ethnicity otherEthnicity,
                                           LocalDate date, int district) {
        if (maxAge < 0) {
            return List.of();
        }
        Rng rng = caseRng;
        List<SyntheticPerson> out = new ArrayList<>(count);
        boolean newborn = victim.gender() == Gender.FEMALE && rng.chance(0.14);
        String ethnicity = victimEthnicity.label();
        NamePools.Group group = victimEthnicity.names();
        if (otherEthnicity != null && otherEthnicity != victimEthnicity) {
            boolean caribbean = otherEthnicity.names() == NamePools.Group.BLACK_CARIBBEAN
                || victimEthnicity.names() == NamePools.Group.BLACK_CARIBBEAN;
            ethnicity = caribbean ? "Mixed - White and Black Caribbean" : "Mixed - Other";
        }
        // youngest first, then older siblings 11 months to 6 years apart (occasionally twins)
        long oldest = date.minusYears(maxAge + 1L).toEpochDay() + 1;
        long dob = date.toEpochDay() - (newborn ? rng.nextInt(540) : rng.nextInt((int) Math.min(
            date.toEpochDay() - oldest + 1, 8 * 365)));
        for (int k = 0; k < count && dob >= oldest; k++) {
            LocalDate birth = people.day(dob);
            int age = Period.between(birth, date).getYears();
            dob -= rng.chance(0.02) ? 0 : rng.between(330, 2200);
            Gender g = age >= 13 && rng.chance(0.01) ? Gender.NON_BINARY
                : rng.chance(0.5) ? Gender.FEMALE : Gender.MALE;
            NamePools.Group nameGroup = otherEthnicity != null && rng.chance(0.5) ? otherEthnicity.group(rng) : group;
            String given = people.childGivenName(nameGroup, g);
            String surnameBase = otherParent != null && rng.chance(0.6)
                ? NamePools.baseSurname(otherParent.familyName())
                : rng.chance(0.85) ? NamePools.baseSurname(victim.familyName()) : people.surname(group);
            String family = NamePools.surnameFor(g, surnameBase);
            Address address = rng.chance(0.93) ? victim.address() : addresses.inDistrict(district);
            Diversity d = people.childDiversity(ethnicity, victim.diversity().language(), rng.chance(0.06));
            out.add(new SyntheticPerson(given, family, people.aliases(given, family, null, 0.04), birth, g,
                address, d));
        }
        return List.copyOf(out);
    }

    SyntheticPerson otherAtRisk(SyntheticPerson victim, int victimAge, People.Ethnicity ethnicity,
                                        LocalDate date, int district) {
        Rng rng = caseRng;
        int which = rng.nextInt(4);
        Gender g;
        int age;
        Address address;
        String surname;
        if (which == 0 && victimAge <= 60) { // victim's mother
            g = Gender.FEMALE;
            age = victimAge + rng.between(20, 32);
            address = addresses.inDistrict(district);
            surname = people.surname(ethnicity.names());
        } else if (which == 1) { // victim's new partner
            g = victim.gender() == Gender.MALE || rng.chance(0.05) ? Gender.FEMALE : Gender.MALE;
            age = clamp(victimAge + rng.between(-6, 6), 18, 85);
            address = elsewhere(district);
            surname = people.surname(people.randomEthnicity().names());
        } else if (which == 2 && victimAge >= 38) { // adult son or daughter
            g = rng.chance(0.5) ? Gender.FEMALE : Gender.MALE;
            age = rng.between(18, victimAge - 20);
            address = rng.chance(0.6) ? victim.address() : addresses.inDistrict(district);
            surname = NamePools.baseSurname(victim.familyName());
        } else { // sibling
            g = rng.chance(0.5) ? Gender.FEMALE : Gender.MALE;
            age = clamp(victimAge + rng.between(-8, 8), 16, 90);
            address = addresses.inDistrict(district);
            surname = people.surname(ethnicity.names());
        }
        String given = people.givenName(ethnicity.group(rng), g);
        String family = NamePools.surnameFor(g, surname);
        return new SyntheticPerson(given, family, people.aliases(given, family, null, 0.08),
            people.birthDateForAge(date, age), g, address,
            people.diversity(ethnicity, rng.chance(0.08), false));
    }

    Address elsewhere(int district) {
        return addresses.inDistrict(caseRng.chance(0.78) ? district : addresses.otherDistrict(district));
    }

    Gender victimGender(Household.Kind kind) {
        double female = switch (kind) {
            case ADULT_CHILD, CAPVA_CHILD -> 0.85;
            case SIBLING, PARENT -> 0.8;
            case IN_LAW -> 1.0;
            default -> 0.95;
        };
        double u = caseRng.nextDouble();
        if (u < female) {
            return Gender.FEMALE;
        }
        return kind.intimate && u > 0.995 ? Gender.NON_BINARY : Gender.MALE;
    }

    Gender partnerGender(Gender victimGender) {
        double u = caseRng.nextDouble();
        return switch (victimGender) {
            case FEMALE -> u < 0.982 ? Gender.MALE : u < 0.997 ? Gender.FEMALE : Gender.NON_BINARY;
            case MALE -> u < 0.85 ? Gender.FEMALE : Gender.MALE;
            case NON_BINARY -> u < 0.6 ? Gender.MALE : u < 0.95 ? Gender.FEMALE : Gender.NON_BINARY;
            case NOT_KNOWN -> throw new IllegalArgumentException("the generator always gives a gender");
        };
    }

    int victimAge(Household.Kind kind) {
        Rng rng = caseRng;
        return switch (kind) {
            case ADULT_CHILD -> rng.chance(0.35) ? rng.between(42, 54)
                : rng.chance(0.54) ? rng.between(55, 64) : rng.between(65, 79);
            case CAPVA_CHILD -> rng.between(34, 56);
            case SIBLING -> rng.chance(0.4) ? rng.between(18, 29)
                : rng.chance(0.67) ? rng.between(30, 44) : rng.between(45, 60);
            case PARENT -> rng.chance(0.1) ? rng.between(16, 17)
                : rng.chance(0.6) ? rng.between(18, 24) : rng.between(25, 30);
            case IN_LAW -> rng.chance(0.35) ? rng.between(18, 24)
                : rng.chance(0.77) ? rng.between(25, 34) : rng.between(35, 40);
            default -> {
                int[] r = PARTNER_VICTIM_AGE.pick(rng);
                yield rng.between(r[0], r[1]);
            }
        };
    }

    static double childProbability(int victimAge) {
        if (victimAge < 18) {
            return 0.1;
        }
        if (victimAge < 20) {
            return 0.25;
        }
        if (victimAge < 25) {
            return 0.6;
        }
        if (victimAge < 30) {
            return 0.75;
        }
        if (victimAge < 40) {
            return 0.8;
        }
        if (victimAge < 45) {
            return 0.7;
        }
        if (victimAge < 50) {
            return 0.5;
        }
        return victimAge < 55 ? 0.25 : 0.04;
    }
}
