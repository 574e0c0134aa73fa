package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.DashAnswers.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralFlag;

/** One execution of {@link SyntheticDataGenerator#generate(int)}; all state is local to the run. */
final class GeneratorRun {

    // ------------------------------------------------------------------ tuning

    /** Chance that a referral is tried as a repeat of an earlier one (some tries fail: about 24% succeed). */
    private static final double REPEAT_ATTEMPT = 0.27;
    /** A repeat needs a further incident after the earlier referral; keep at least this gap. */
    private static final int MIN_REPEAT_GAP_DAYS = 14;
    private static final int CUT_OFF_DAYS = 7;
    private static final int MEETING_INTERVAL_DAYS = 14;

    /** Base "yes" weight per DASH item for an intimate-partner case; adjusted per case in {@link #itemWeights}. */
    private static final double[] BASE_WEIGHT = {
        0.60, 0.88, 0.85, 0.60, 0.62, 0.70, 0.30, 0.62, 0.00, 0.70, 0.72, 0.82,
        0.42, 0.55, 0.45, 0.33, 0.16, 0.42, 0.00, 0.52, 0.62, 0.38, 0.28, 0.58};
    /** Chance that a non-"yes" item is answered "don't know". */
    private static final double[] DONT_KNOW_RATE = {
        0.01, 0.03, 0.04, 0.04, 0.08, 0.01, 0.03, 0.04, 0.01, 0.07, 0.07, 0.04,
        0.06, 0.04, 0.06, 0.12, 0.14, 0.40, 0.02, 0.10, 0.22, 0.25, 0.18, 0.35};
    /** Items most often left unasked (sensitive, or easily skipped). */
    private static final int[] OFTEN_NOT_ASKED = {SEXUAL, DEPRESSED, SUICIDE, ANIMALS, FINANCIAL};

    private enum Route { VISIBLE_HIGH_RISK, PROFESSIONAL_JUDGEMENT, POTENTIAL_ESCALATION, REPEAT_ONLY }

    private static final Weighted<Route> NEW_ROUTE = Weighted.<Route>builder()
        .add(Route.VISIBLE_HIGH_RISK, 75).add(Route.PROFESSIONAL_JUDGEMENT, 15)
        .add(Route.POTENTIAL_ESCALATION, 10).build();
    private static final Weighted<Route> REPEAT_ROUTE = Weighted.<Route>builder()
        .add(Route.VISIBLE_HIGH_RISK, 58).add(Route.PROFESSIONAL_JUDGEMENT, 10)
        .add(Route.POTENTIAL_ESCALATION, 10).add(Route.REPEAT_ONLY, 22).build();
    private static final Weighted<Integer> HIGH_SCORE = ints(14, 14, 15, 14, 16, 13, 17, 12, 18, 11, 19, 9, 20, 8,
        21, 6, 22, 5, 23, 4, 24, 2);
    private static final Weighted<Integer> MEDIUM_SCORE = ints(10, 20, 11, 23, 12, 27, 13, 30);
    private static final Weighted<Integer> BASE_INCIDENTS = ints(0, 22, 1, 28, 2, 20, 3, 12, 4, 8, 5, 5, 6, 3, 7, 1,
        9, 1);
    private static final Weighted<Integer> ESCALATION_INCIDENTS = ints(3, 35, 4, 25, 5, 15, 6, 10, 7, 6, 8, 4, 9, 3,
        12, 2);

    /** The agencies the generator staffs, refers from and gives actions to, in the order its tables use. */
    static final List<Agency> AGENCIES = List.of(Agency.POLICE, Agency.IDVA, Agency.CHILDRENS_SOCIAL_CARE,
        Agency.ADULT_SOCIAL_CARE, Agency.GP, Agency.ACUTE_HEALTH, Agency.MENTAL_HEALTH, Agency.HOUSING,
        Agency.PROBATION, Agency.EDUCATION, Agency.SUBSTANCE_MISUSE, Agency.SPECIALIST);

    private static final Weighted<Agency> REFERRER_WITH_CHILDREN = agencies(true);
    private static final Weighted<Agency> REFERRER_NO_CHILDREN = agencies(false);

    private static final Weighted<Household.Kind> KIND = Weighted.<Household.Kind>builder()
        .add(Household.Kind.PARTNER, 89 * 0.30).add(Household.Kind.SPOUSE, 89 * 0.10)
        .add(Household.Kind.EX_PARTNER, 89 * 0.50).add(Household.Kind.ESTRANGED_SPOUSE, 89 * 0.10)
        .add(Household.Kind.ADULT_CHILD, 9.5 * 0.45).add(Household.Kind.SIBLING, 9.5 * 0.15)
        .add(Household.Kind.PARENT, 9.5 * 0.15).add(Household.Kind.IN_LAW, 9.5 * 0.25)
        .add(Household.Kind.CAPVA_CHILD, 1.5).build();
    /** Victim ages for intimate-partner abuse, skewed 20-45 (pairs of [from, to] ranges with weights). */
    private static final Weighted<int[]> PARTNER_VICTIM_AGE = ranges(16, 17, 1.3, 18, 19, 3.5, 20, 24, 14, 25, 29, 18,
        30, 34, 18, 35, 39, 14, 40, 44, 11, 45, 49, 6.5, 50, 59, 6.5, 60, 69, 2.5, 70, 79, 1.2);
    private static final Weighted<Integer> CHILD_COUNT = ints(1, 45, 2, 32, 3, 15, 4, 6, 5, 2);
    private static final Weighted<Integer> ACTION_COUNT = ints(2, 15, 3, 30, 4, 28, 5, 17, 6, 10);
    private static final Weighted<Integer> DUE_DAYS = ints(7, 15, 14, 40, 21, 15, 28, 30);

    // ------------------------------------------------------------------ run state

    private final long seed;
    private final LocalDate today;
    private final int caseCount;
    private final LocalDate start;
    private final int spanDays;
    private final Rng dateRng;
    private final Rng caseRng;
    private final Rng meetingRng;
    private final Rng actionRng;
    private final People people;
    private final FictionalCounty.AddressMaker addresses;
    private final CaseTexts texts;
    private final String[][][] staff;
    private final Map<Integer, int[]> referenceCounters = new HashMap<>();

    GeneratorRun(long seed, LocalDate today, int caseCount) {
        this.seed = seed;
        this.today = today;
        this.caseCount = caseCount;
        this.start = today.minusYears(1).plusDays(1);
        this.spanDays = (int) (today.toEpochDay() - start.toEpochDay()) + 1;
        Rng master = new Rng(seed);
        Rng staffRng = master.split();
        this.dateRng = master.split();
        this.caseRng = master.split();
        Rng textRng = master.split();
        this.meetingRng = master.split();
        this.actionRng = master.split();
        this.people = new People(caseRng, today);
        this.addresses = new FictionalCounty.AddressMaker(caseRng);
        this.texts = new CaseTexts(textRng);
        this.staff = staffRoster(staffRng);
    }

    SyntheticDataset run() {
        int[] days = referralDays();
        List<SyntheticReferral> referrals = new ArrayList<>(caseCount);
        List<Household> households = new ArrayList<>();
        int[] householdOf = new int[caseCount];
        for (int i = 0; i < caseCount; i++) {
            LocalDate date = people.day(start.toEpochDay() + days[i]);
            Household h = null;
            Integer repeatOf = null;
            if (i > 0 && caseRng.chance(REPEAT_ATTEMPT)) {
                int eligible = countAtOrBefore(days, i, days[i] - MIN_REPEAT_GAP_DAYS);
                for (int attempt = 0; attempt < 3 && eligible > 0 && h == null; attempt++) {
                    Household candidate = households.get(householdOf[caseRng.nextInt(eligible)]);
                    if (days[candidate.latestReferral] <= days[i] - MIN_REPEAT_GAP_DAYS) {
                        h = candidate;
                        repeatOf = candidate.latestReferral;
                    }
                }
            }
            if (h == null) {
                h = newHousehold(date);
                h.id = households.size();
                households.add(h);
            } else {
                h.dropAdultChildren(date);
                maybeNewPerpetrator(h, date);
            }
            householdOf[i] = h.id;
            referrals.add(referral(i, date, h, repeatOf));
            h.latestReferral = i;
        }

        List<SyntheticMeeting> meetings = new ArrayList<>();
        int[] meetingOf = scheduleMeetings(referrals, meetings);
        List<SyntheticAction> actions = new ArrayList<>(caseCount * 3);
        for (SyntheticReferral r : referrals) {
            SyntheticMeeting m = meetings.get(meetingOf[r.index()]);
            if (m.status() == MeetingStatus.CLOSED) {
                addActions(r, m, actions);
            }
        }
        return new SyntheticDataset(today, seed, referrals, meetings, actions);
    }

    // ------------------------------------------------------------------ dates

    /**
     * Referral day offsets from {@code start}, ascending: stratified over the twelve months, most weekend referrals
     * moved to Monday, and the last one within the last three days so the next meeting has cases.
     */
    private int[] referralDays() {
        int[] days = new int[caseCount];
        long startEpoch = start.toEpochDay();
        for (int i = 0; i < caseCount; i++) {
            int off = (int) ((i + dateRng.nextDouble()) * spanDays / caseCount);
            DayOfWeek dow = LocalDate.ofEpochDay(startEpoch + off).getDayOfWeek();
            if ((dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) && dateRng.chance(0.6)) {
                int moved = off + (dow == DayOfWeek.SATURDAY ? 2 : 1);
                if (moved < spanDays) {
                    off = moved;
                }
            }
            days[i] = off;
        }
        if (caseCount > 0) {
            days[caseCount - 1] = Math.max(days[caseCount - 1], spanDays - 1 - dateRng.nextInt(3));
        }
        Arrays.sort(days);
        return days;
    }

    /** Number of referrals before {@code limit} whose day is at most {@code day} (days are ascending). */
    private static int countAtOrBefore(int[] days, int limit, int day) {
        int lo = 0;
        int hi = limit;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------ households and people

    private Household newHousehold(LocalDate date) {
        Rng rng = caseRng;
        Household.Kind kind = KIND.pick(rng);
        int district = addresses.randomDistrict();
        Address home = addresses.inDistrict(district);

        Gender victimGender = victimGender(kind);
        int victimAge = victimAge(kind);
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
            perpGender = partnerGender(victimGender);
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

        Address perpAddress = cohabiting ? home : elsewhere(district);
        boolean perpLgbt = kind.intimate
            ? perpGender == victimGender || perpGender == Gender.NON_BINARY || victimGender == Gender.NON_BINARY
            : rng.chance(0.01);
        SyntheticPerson perp = perpetrator(perpEthnicity, perpGender, perpSurname, perpAge, date, perpAddress,
            perpLgbt);
        perpetrators.add(perp);
        relationships.add(relationship);

        if (kind == Household.Kind.IN_LAW && rng.chance(0.5)) {
            husband = perpetrator(perpEthnicity, Gender.MALE, perpSurname,
                clamp(victimAge + (int) Math.round(3 + 4 * rng.gaussian()), 18, 80), date, home, false);
            perpetrators.add(husband);
            relationships.add("husband");
        } else if (kind.intimate && rng.chance(0.03)) {
            addPartnersRelative(perpetrators, relationships, relationship, perpAge, perpEthnicity, perpSurname,
                date, district);
        }

        boolean perpIsParent;
        List<SyntheticPerson> children;
        if (kind == Household.Kind.CAPVA_CHILD) {
            perpIsParent = false;
            children = rng.chance(0.45)
                ? children(victim, victimEthnicity, perpAge - 1, rng.between(1, 2), null, null, date, district)
                : List.of();
        } else {
            perpIsParent = kind.intimate && rng.chance(0.7) || kind == Household.Kind.IN_LAW && husband != null;
            double p = kind == Household.Kind.ADULT_CHILD ? 0.04 : childProbability(victimAge);
            if (rng.chance(p)) {
                SyntheticPerson parent = perpIsParent ? (husband != null ? husband : perp) : null;
                People.Ethnicity parentEthnicity = parent == null ? null : perpEthnicity;
                children = children(victim, victimEthnicity, Math.min(17, victimAge - 17), CHILD_COUNT.pick(rng),
                    parent, parentEthnicity, date, district);
            } else {
                children = List.of();
                perpIsParent = false;
            }
        }

        List<SyntheticPerson> others = rng.chance(0.08) ? List.of(otherAtRisk(victim, victimAge, victimEthnicity,
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
    private void maybeNewPerpetrator(Household h, LocalDate date) {
        if (!h.kind.intimate || !caseRng.chance(0.1)) {
            return;
        }
        SyntheticPerson v = h.victim;
        int victimAge = v.ageOn(date);
        Gender g = partnerGender(v.gender());
        People.Ethnicity e = caseRng.chance(0.8) ? h.victimEthnicity : people.randomEthnicity();
        int age = victimAge < 18 ? caseRng.between(16, 21)
            : clamp(victimAge + (int) Math.round(2 + 5 * caseRng.gaussian()), 18, 88);
        Household.Kind kind = caseRng.chance(0.5) ? Household.Kind.PARTNER : Household.Kind.EX_PARTNER;
        Address address = caseRng.chance(0.3) ? v.address() : elsewhere(h.district);
        SyntheticPerson p = perpetrator(e, g, people.surname(e.group(caseRng)), age, date, address,
            v.diversity().lgbt() && g == v.gender());
        h.kind = kind;
        h.perpetrators = List.of(p);
        h.relationships = List.of(kind.label(g));
    }

    private SyntheticPerson perpetrator(People.Ethnicity ethnicity, Gender gender, String surnameBase, int age,
                                        LocalDate date, Address address, boolean lgbt) {
        String given = people.givenName(ethnicity.group(caseRng), gender);
        String family = NamePools.surnameFor(gender, surnameBase);
        Diversity d = people.diversity(ethnicity, caseRng.chance(0.07), lgbt);
        return new SyntheticPerson(given, family, people.aliases(given, family, null, 0.28),
            people.birthDateForAge(date, age), gender, address, d);
    }

    private void addPartnersRelative(List<SyntheticPerson> perpetrators, List<String> relationships,
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

    private List<SyntheticPerson> children(SyntheticPerson victim, People.Ethnicity victimEthnicity, int maxAge,
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

    private SyntheticPerson otherAtRisk(SyntheticPerson victim, int victimAge, People.Ethnicity ethnicity,
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

    private Address elsewhere(int district) {
        return addresses.inDistrict(caseRng.chance(0.78) ? district : addresses.otherDistrict(district));
    }

    private Gender victimGender(Household.Kind kind) {
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

    private Gender partnerGender(Gender victimGender) {
        double u = caseRng.nextDouble();
        return switch (victimGender) {
            case FEMALE -> u < 0.982 ? Gender.MALE : u < 0.997 ? Gender.FEMALE : Gender.NON_BINARY;
            case MALE -> u < 0.85 ? Gender.FEMALE : Gender.MALE;
            case NON_BINARY -> u < 0.6 ? Gender.MALE : u < 0.95 ? Gender.FEMALE : Gender.NON_BINARY;
            case NOT_KNOWN -> throw new IllegalArgumentException("the generator always gives a gender");
        };
    }

    private int victimAge(Household.Kind kind) {
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

    private static double childProbability(int victimAge) {
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

    // ------------------------------------------------------------------ referrals

    private SyntheticReferral referral(int index, LocalDate date, Household h, Integer repeatOf) {
        Rng rng = caseRng;
        boolean repeat = repeatOf != null;
        boolean hasChildren = !h.children.isEmpty();
        Agency agency = (hasChildren ? REFERRER_WITH_CHILDREN : REFERRER_NO_CHILDREN).pick(rng);
        Route route = (repeat ? REPEAT_ROUTE : NEW_ROUTE).pick(rng);
        int target = switch (route) {
            case VISIBLE_HIGH_RISK -> HIGH_SCORE.pick(rng);
            case PROFESSIONAL_JUDGEMENT -> rng.chance(0.8) ? MEDIUM_SCORE.pick(rng) : rng.between(5, 9);
            case POTENTIAL_ESCALATION -> rng.between(6, 13);
            case REPEAT_ONLY -> rng.between(3, 13);
        };
        Integer incidents = incidents(route, agency, repeat);
        DashAnswers answers = answers(h, target, incidents, repeat, date, agency);

        int flags = 0;
        if (h.pets || answers.isYes(ANIMALS)) {
            flags |= FlagSets.bit(ReferralFlag.PETS);
        }
        if (h.noRecourse) {
            flags |= FlagSets.bit(ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS);
        }
        if (rng.chance(answers.isYes(STALKING) ? 0.22 : 0.04)) {
            flags |= FlagSets.bit(ReferralFlag.TECH_FACILITATED_ABUSE);
        }
        if (h.kind.intimate && rng.chance(0.04)) {
            flags |= FlagSets.bit(ReferralFlag.COUNTER_ALLEGATION);
        }
        if (h.kind == Household.Kind.CAPVA_CHILD) {
            flags |= FlagSets.bit(ReferralFlag.CAPVA);
        }
        if (h.rural) {
            flags |= FlagSets.bit(ReferralFlag.RURAL);
        }
        boolean transferIn = !repeat && rng.chance(0.03);

        CaseTexts.Context context = new CaseTexts.Context(h, answers, incidents, repeat, flags, transferIn, date);
        String reason = route == Route.PROFESSIONAL_JUDGEMENT ? texts.professionalJudgementReason(context) : null;
        String summary = texts.incidentSummary(context);
        String voice = texts.victimVoice(context);
        String referrer = rng.pick(staff[h.district][AGENCIES.indexOf(agency)]);
        return new SyntheticReferral(index, caseReference(date), date, agency, referrer, h.victim, h.perpetrators,
            h.children, h.othersAtRisk, answers, incidents, reason, repeatOf, FlagSets.of(flags), transferIn, summary, voice,
            h.relationships);
    }

    private String caseReference(LocalDate date) {
        int year = date.getYear();
        int n = ++referenceCounters.computeIfAbsent(year, y -> new int[1])[0];
        String digits = Integer.toString(n);
        StringBuilder b = new StringBuilder(16).append("MD-").append(year).append('-');
        for (int pad = digits.length(); pad < 5; pad++) {
            b.append('0');
        }
        return b.append(digits).toString();
    }

    private Integer incidents(Route route, Agency agency, boolean repeat) {
        if (route == Route.POTENTIAL_ESCALATION) {
            return ESCALATION_INCIDENTS.pick(caseRng);
        }
        if (agency != Agency.POLICE && caseRng.chance(0.3)) {
            return null;
        }
        int n = BASE_INCIDENTS.pick(caseRng);
        if (repeat && caseRng.chance(0.5)) {
            n++;
        }
        if (agency == Agency.POLICE && n == 0) {
            n = 1; // the incident that led to the referral was reported
        }
        return n;
    }

    private DashAnswers answers(Household h, int target, Integer incidents, boolean repeat, LocalDate date,
                                Agency agency) {
        Rng rng = caseRng;
        double[] weight = itemWeights(h, incidents, repeat, date);
        // weighted sampling without replacement (Efraimidis-Spirakis): the `target` smallest keys say "yes"
        double[] key = new double[ITEMS];
        int[] order = new int[ITEMS];
        int eligible = 0;
        for (int i = 0; i < ITEMS; i++) {
            key[i] = weight[i] > 0 ? -StrictMath.log(1.0 - rng.nextDouble()) / weight[i]
                : Double.POSITIVE_INFINITY;
            if (weight[i] > 0) {
                eligible++;
            }
            int j = i;
            while (j > 0 && key[order[j - 1]] > key[i]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        byte[] codes = new byte[ITEMS];
        Arrays.fill(codes, NO);
        int yes = Math.min(target, eligible);
        for (int k = 0; k < yes; k++) {
            codes[order[k]] = YES;
        }
        double dkScale = agency == Agency.POLICE || agency == Agency.IDVA ? 1.0 : 1.4;
        for (int i = 0; i < ITEMS; i++) {
            if (codes[i] != YES && (weight[i] > 0 || i == ANIMALS) && rng.chance(DONT_KNOW_RATE[i] * dkScale)) {
                codes[i] = DONT_KNOW;
            }
        }
        double u = rng.nextDouble();
        int notAsked = u < 0.90 ? 0 : u < 0.98 ? rng.between(1, 2) : rng.between(3, 8);
        for (int k = 0; k < notAsked; k++) {
            int item = notAsked <= 2 ? OFTEN_NOT_ASKED[rng.nextInt(OFTEN_NOT_ASKED.length)] : rng.nextInt(ITEMS);
            if (codes[item] != YES) {
                codes[item] = NOT_ASKED;
            }
        }
        return new DashAnswers(codes);
    }

    /** Per-item "yes" weights for this household; 0 means the item cannot be "yes". */
    private double[] itemWeights(Household h, Integer incidents, boolean repeat, LocalDate date) {
        double[] w = BASE_WEIGHT.clone();
        Household.Kind kind = h.kind;
        SyntheticPerson v = h.victim;
        boolean family = !kind.intimate;
        w[SEPARATION] = kind.separated ? 0.95 : kind.intimate ? 0.4 : 0.12;
        w[STALKING] = kind.separated ? 0.8 : family ? 0.3 : w[STALKING];
        w[CHILD_CONTACT] = h.children.isEmpty() ? 0 : h.perpetratorIsParent ? 0.6 : 0.12;
        boolean baby = false;
        LocalDate eighteenMonths = date.minusMonths(18);
        for (SyntheticPerson c : h.children) {
            baby |= c.dateOfBirth().isAfter(eighteenMonths);
        }
        int victimAge = v.ageOn(date);
        w[PREGNANCY] = v.gender() == Gender.FEMALE && victimAge <= 50 && (baby || h.pregnant) ? 0.9 : 0;
        w[CONTROL] = kind == Household.Kind.CAPVA_CHILD ? 0.3 : family ? 0.45 : 0.85;
        w[SEXUAL] = kind == Household.Kind.CAPVA_CHILD ? 0 : family ? 0.04 : 0.33;
        w[OTHER_FEARED] = h.perpetrators.size() > 1 ? 0.9 : kind == Household.Kind.IN_LAW ? 0.7 : 0.16;
        w[ANIMALS] = h.pets ? 0.45 : 0;
        w[FINANCIAL] = h.noRecourse ? 0.95 : kind == Household.Kind.ADULT_CHILD ? 0.75 : w[FINANCIAL];
        w[ISOLATED] = v.diversity().interpreterNeeded() || kind == Household.Kind.IN_LAW ? 0.85 : w[ISOLATED];
        w[BREACHES] = repeat || incidents != null && incidents >= 3 ? 0.45 : w[BREACHES];
        w[DEPRESSED] += v.diversity().disabled() ? 0.1 : 0;
        if (kind == Household.Kind.CAPVA_CHILD) {
            w[THREATS_TO_KILL] = 0.2;
            w[STRANGULATION] = 0.1;
            w[WEAPONS] = 0.3;
            w[CRIMINAL_HISTORY] = 0.3;
        } else if (family) {
            w[THREATS_TO_KILL] *= 0.6;
            w[STRANGULATION] *= 0.6;
        }
        return w;
    }

    // ------------------------------------------------------------------ meetings

    /** Builds every district's fortnightly meetings and lists each referral; returns the meeting of each referral. */
    private int[] scheduleMeetings(List<SyntheticReferral> referrals, List<SyntheticMeeting> out) {
        FictionalCounty.District[] districts = FictionalCounty.DISTRICTS;
        LocalDate first = start.plusDays(CUT_OFF_DAYS);
        LocalDate last = today.plusDays(CUT_OFF_DAYS);
        record Slot(LocalDate date, int district) {
        }
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < districts.length; d++) {
            LocalDate m = first;
            while (m.getDayOfWeek() != districts[d].meetingDay()
                || Math.floorMod(Math.floorDiv(m.toEpochDay() + 3, 7), 2) != districts[d].fortnightParity()) {
                m = m.plusDays(1);
            }
            while (true) {
                slots.add(new Slot(m, d));
                if (!m.isBefore(last)) {
                    break;
                }
                m = m.plusDays(MEETING_INTERVAL_DAYS);
            }
        }
        slots.sort((a, b) -> a.date().equals(b.date()) ? Integer.compare(a.district(), b.district())
            : a.date().compareTo(b.date()));

        // per district, the global meeting indexes in date order
        List<List<Integer>> byDistrict = new ArrayList<>();
        for (int d = 0; d < districts.length; d++) {
            byDistrict.add(new ArrayList<>());
        }
        for (int i = 0; i < slots.size(); i++) {
            byDistrict.get(slots.get(i).district()).add(i);
        }
        Map<String, Integer> districtIndex = new HashMap<>();
        for (int d = 0; d < districts.length; d++) {
            districtIndex.put(districts[d].name(), d);
        }

        int[] meetingOf = new int[referrals.size()];
        int[] pointer = new int[districts.length];
        List<List<Integer>> listed = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            listed.add(new ArrayList<>());
        }
        for (SyntheticReferral r : referrals) { // ascending dates, so each district's pointer only moves forward
            int d = districtIndex.get(r.district());
            List<Integer> own = byDistrict.get(d);
            while (slots.get(own.get(pointer[d])).date().minusDays(CUT_OFF_DAYS).isBefore(r.referralDate())) {
                pointer[d]++;
            }
            int meeting = own.get(pointer[d]);
            meetingOf[r.index()] = meeting;
            listed.get(meeting).add(r.index());
        }

        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            FictionalCounty.District d = districts[s.district()];
            boolean virtual = meetingRng.chance(d.virtualShare());
            out.add(new SyntheticMeeting(i, s.date(), d.name(), virtual ? "Online (secure video call)" : d.venue(),
                virtual, s.date().minusDays(CUT_OFF_DAYS),
                s.date().isBefore(today) ? MeetingStatus.CLOSED : MeetingStatus.SCHEDULED, listed.get(i)));
        }
        return meetingOf;
    }

    // ------------------------------------------------------------------ actions

    private void addActions(SyntheticReferral r, SyntheticMeeting m, List<SyntheticAction> out) {
        Rng rng = actionRng;
        ActionTemplates.Case c = new ActionTemplates.Case(r, (DashAnswers) r.dashAnswers(), m.date());
        List<ActionTemplates.Template> all = ActionTemplates.ALL;
        int wanted = ACTION_COUNT.pick(rng);
        // weighted sampling without replacement (Efraimidis-Spirakis), keeping only the `wanted` smallest keys
        double[] bestKey = new double[wanted];
        int[] best = new int[wanted];
        int count = 0;
        for (int i = 0; i < all.size(); i++) {
            ActionTemplates.Template t = all.get(i);
            if (!t.fits().test(c)) {
                continue;
            }
            double key = t.usual() && rng.chance(0.9) ? 0
                : -StrictMath.log(1.0 - rng.nextDouble()) / t.weight();
            if (count == wanted && key >= bestKey[count - 1]) {
                continue;
            }
            int j = count < wanted ? count++ : count - 1;
            while (j > 0 && bestKey[j - 1] > key) {
                bestKey[j] = bestKey[j - 1];
                best[j] = best[j - 1];
                j--;
            }
            bestKey[j] = key;
            best[j] = i;
        }
        int[] chosen = Arrays.copyOf(best, count);
        Arrays.sort(chosen); // template order: police first, then the Idva, and so on
        int district = districtOf(m.district());
        for (int i : chosen) {
            ActionTemplates.Template t = all.get(i);
            String owner = rng.pick(staff[district][AGENCIES.indexOf(t.agency())]);
            LocalDate due = people.day(m.date().toEpochDay() + DUE_DAYS.pick(rng));
            ActionStatus status;
            LocalDate completed = null;
            String note;
            if (!due.isBefore(today)) {
                status = rng.chance(0.12) ? ActionStatus.DONE : ActionStatus.OPEN;
            } else {
                long overdue = today.toEpochDay() - due.toEpochDay();
                double u = rng.nextDouble();
                if (overdue <= 28) {
                    status = u < 0.55 ? ActionStatus.DONE : u < 0.88 ? ActionStatus.OPEN
                        : u < 0.94 ? ActionStatus.NOT_POSSIBLE : ActionStatus.NOT_DONE;
                } else {
                    status = u < 0.84 ? ActionStatus.DONE : u < 0.87 ? ActionStatus.OPEN
                        : u < 0.94 ? ActionStatus.NOT_POSSIBLE : ActionStatus.NOT_DONE;
                }
            }
            switch (status) {
                case DONE -> {
                    long lo = m.date().toEpochDay() + 1;
                    long hi = Math.min(today.toEpochDay(),
                        due.toEpochDay() + (rng.chance(0.8) ? 0 : rng.between(1, 21)));
                    hi = Math.max(hi, lo);
                    completed = people.day(lo + rng.nextInt((int) (hi - lo + 1)));
                    note = rng.chance(0.3) ? null : rng.pick(ActionTemplates.DONE_NOTES);
                }
                case OPEN -> note = due.isBefore(today) ? rng.pick(ActionTemplates.OVERDUE_NOTES)
                    : rng.chance(0.6) ? null : rng.pick(ActionTemplates.OPEN_NOTES);
                case NOT_POSSIBLE -> note = rng.pick(ActionTemplates.notPossibleNotes(t.target()));
                default -> note = rng.pick(ActionTemplates.NOT_DONE_NOTES);
            }
            out.add(new SyntheticAction(r.index(), m.index(), t.agency(), owner, t.target(), t.description(), due,
                status, completed, note));
        }
    }

    private static int districtOf(String name) {
        FictionalCounty.District[] districts = FictionalCounty.DISTRICTS;
        for (int d = 0; d < districts.length; d++) {
            if (districts[d].name().equals(name)) {
                return d;
            }
        }
        throw new IllegalStateException("unknown district " + name);
    }

    // ------------------------------------------------------------------ staff

    /** Named professionals per district and agency; referrers and action owners are drawn from them. */
    private String[][][] staffRoster(Rng rng) {
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
        return roster;
    }

    // ------------------------------------------------------------------ table helpers

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Pairs of (value, weight). */
    private static Weighted<Integer> ints(double... pairs) {
        Weighted.Builder<Integer> b = Weighted.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.add((int) pairs[i], pairs[i + 1]);
        }
        return b.build();
    }

    /** Triples of (from, to, weight). */
    private static Weighted<int[]> ranges(double... triples) {
        Weighted.Builder<int[]> b = Weighted.builder();
        for (int i = 0; i < triples.length; i += 3) {
            b.add(new int[] {(int) triples[i], (int) triples[i + 1]}, triples[i + 2]);
        }
        return b.build();
    }

    /** Referring agencies: police about 62%, partner agencies the rest (MARAC.md 2.11). */
    private static Weighted<Agency> agencies(boolean children) {
        return Weighted.<Agency>builder()
            .add(Agency.POLICE, 62).add(Agency.IDVA, 11).add(Agency.CHILDRENS_SOCIAL_CARE, children ? 8 : 0)
            .add(Agency.ACUTE_HEALTH, 4).add(Agency.HOUSING, 4).add(Agency.GP, 2)
            .add(Agency.MENTAL_HEALTH, 2.5).add(Agency.PROBATION, 2).add(Agency.ADULT_SOCIAL_CARE, 1.5)
            .add(Agency.EDUCATION, children ? 1.5 : 0).add(Agency.SUBSTANCE_MISUSE, 1.5)
            .add(Agency.SPECIALIST, 2.5).build();
    }
}
