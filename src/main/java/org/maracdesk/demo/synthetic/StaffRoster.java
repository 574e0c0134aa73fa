package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;

/** Named professionals per district and agency; referrers and action owners are drawn from them. */
final class StaffRoster {
    /** The agencies the generator staffs, refers from and gives actions to, in the order its tables use. */
    static final List<Agency> AGENCIES = List.of(Agency.POLICE, Agency.IDVA, Agency.CHILDRENS_SOCIAL_CARE,
        Agency.ADULT_SOCIAL_CARE, Agency.GP, Agency.ACUTE_HEALTH, Agency.MENTAL_HEALTH, Agency.HOUSING,
        Agency.PROBATION, Agency.EDUCATION, Agency.SUBSTANCE_MISUSE, Agency.SPECIALIST);

    private final String[][][] roster;

    /** Draws every district's teams from {@code rng} (a stream of its own, so the roster never shifts the cases). */
    StaffRoster(Rng rng, LocalDate today) {
        People names = new People(rng, today);
        String[][][] roster = new String[FictionalCounty.DISTRICTS.length][AGENCIES.size()][];
        Set<String> used = new HashSet<>();
        for (int d = 0; d < roster.length; d++) {
            for (Agency a : AGENCIES) {
                int size = switch (a) {
                    case POLICE -> 8;
                    case IDVA -> 4;
                    case CHILDRENS_SOCIAL_CARE -> 5;
                    default -> 3;
                };
                double female = switch (a) {
                    case IDVA -> 0.9;
                    case CHILDRENS_SOCIAL_CARE, ADULT_SOCIAL_CARE -> 0.8;
                    case EDUCATION, SPECIALIST -> 0.75;
                    case POLICE -> 0.4;
                    default -> 0.6;
                };
                String[] team = new String[size];
                for (int k = 0; k < size; k++) {
                    String name;
                    do {
                        People.Ethnicity e = names.randomEthnicity();
                        Gender g = rng.chance(female) ? Gender.FEMALE : Gender.MALE;
                        NamePools.Group group = e.group(rng);
                        name = names.givenName(group, g) + " " + NamePools.surnameFor(g, names.surname(group));
                    } while (!used.add(name));
                    team[k] = name;
                }
                roster[d][AGENCIES.indexOf(a)] = team;
            }
        }
        this.roster = roster;
    }

    /** The named professionals of one agency in one district (by index into {@link FictionalCounty#DISTRICTS}). */
    String[] team(int district, Agency agency) {
        return roster[district][AGENCIES.indexOf(agency)];
    }
}
