package org.maracdesk.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Gender;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralFlag;

class SyntheticDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long SEED = 20260315L;

    /** The demo-vault size. */
    private static SyntheticDataset demo;
    /** Large enough for stable proportions, small enough to stay fast. */
    private static SyntheticDataset sample;

    @BeforeAll
    static void generate() {
        demo = new SyntheticDataGenerator(SEED, TODAY).generate(200);
        sample = new SyntheticDataGenerator(SEED + 1, TODAY).generate(3000);
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void sameSeedGivesIdenticalDataset() {
        SyntheticDataGenerator generator = new SyntheticDataGenerator(SEED, TODAY);
        SyntheticDataset again = new SyntheticDataGenerator(SEED, TODAY).generate(200);
        assertEquals(demo, again);
        assertEquals(demo.toString(), again.toString(), "iteration order of maps and sets must be stable too");
        assertEquals(demo, generator.generate(200), "a generator can be reused");
    }

    @Test
    void differentSeedsGiveDifferentPeople() {
        SyntheticDataset other = new SyntheticDataGenerator(SEED + 99, TODAY).generate(200);
        int same = 0;
        for (int i = 0; i < 200; i++) {
            if (demo.referrals().get(i).victim().fullName().equals(other.referrals().get(i).victim().fullName())) {
                same++;
            }
        }
        assertTrue(same < 10, "victims should differ between seeds, " + same + " of 200 matched");
    }

    @Test
    void referralWindowMovesWithToday() {
        SyntheticDataset later = new SyntheticDataGenerator(SEED, TODAY.plusMonths(1)).generate(200);
        assertEquals(TODAY.plusMonths(1), later.today());
        assertTrue(later.referrals().stream().allMatch(r -> !r.referralDate().isAfter(TODAY.plusMonths(1))));
        assertTrue(later.referrals().stream().anyMatch(r -> r.referralDate().isAfter(TODAY)));
    }

    // ------------------------------------------------------------------ referrals

    @Test
    void twoHundredCasesSpanTwelveMonths() {
        List<SyntheticReferral> referrals = demo.referrals();
        assertEquals(200, referrals.size());
        assertEquals(SEED, demo.seed());
        assertEquals(TODAY, demo.today());
        LocalDate windowStart = TODAY.minusYears(1);
        Set<YearMonth> months = new HashSet<>();
        for (int i = 0; i < referrals.size(); i++) {
            SyntheticReferral r = referrals.get(i);
            assertEquals(i, r.index());
            assertTrue(r.referralDate().isAfter(windowStart) && !r.referralDate().isAfter(TODAY), r.referralDate()
                + " is outside the twelve months to " + TODAY);
            if (i > 0) {
                assertFalse(r.referralDate().isBefore(referrals.get(i - 1).referralDate()), "referrals in date order");
            }
            months.add(YearMonth.from(r.referralDate()));
        }
        assertTrue(months.size() >= 12, "every month has referrals: " + months);
        assertTrue(referrals.get(0).referralDate().isBefore(windowStart.plusDays(15)));
        assertTrue(referrals.get(199).referralDate().isAfter(TODAY.minusDays(4)));
    }

    @Test
    void caseReferencesAreUniqueAndNumberedPerYear() {
        Pattern format = Pattern.compile("MD-(\\d{4})-\\d{5,}");
        Set<String> seen = new HashSet<>();
        for (SyntheticReferral r : sample.referrals()) {
            var m = format.matcher(r.caseReference());
            assertTrue(m.matches(), r.caseReference());
            assertEquals(r.referralDate().getYear(), Integer.parseInt(m.group(1)));
            assertTrue(seen.add(r.caseReference()), "duplicate " + r.caseReference());
        }
        assertEquals("MD-2025-00001", sample.referrals().get(0).caseReference());
    }

    @Test
    void repeatsReuseTheSameVictim() {
        int repeats = 0;
        int samePerpetrators = 0;
        for (SyntheticReferral r : sample.referrals()) {
            if (r.repeatOfIndex() == null) {
                continue;
            }
            repeats++;
            SyntheticReferral earlier = sample.referrals().get(r.repeatOfIndex());
            assertTrue(earlier.index() < r.index());
            assertSame(earlier.victim(), r.victim(), "a repeat is about the same victim (same instance)");
            long gap = ChronoUnit.DAYS.between(earlier.referralDate(), r.referralDate());
            assertTrue(gap >= 14 && gap <= 365, "repeat within 12 months of the last referral, gap " + gap);
            if (earlier.perpetrators() == r.perpetrators()) {
                samePerpetrators++;
            }
        }
        double share = repeats / (double) sample.referrals().size();
        assertTrue(share >= 0.20 && share <= 0.28, "repeat share " + share);
        assertTrue(samePerpetrators >= 0.8 * repeats, "repeats usually involve the same perpetrator objects");
    }

    @Test
    void repeatPointsToTheVictimsLatestEarlierReferral() {
        Map<SyntheticPerson, Integer> latest = new HashMap<>();
        for (SyntheticReferral r : sample.referrals()) {
            Integer previous = latest.put(r.victim(), r.index());
            assertEquals(previous, r.repeatOfIndex(), "referral " + r.index());
        }
    }

    @Test
    void answersUseOnlyKnownValues() {
        Map<String, Integer> counts = new HashMap<>();
        for (SyntheticReferral r : sample.referrals()) {
            assertEquals(SyntheticReferral.DASH_KEYS, List.copyOf(r.dashAnswers().keySet()), "q1..q24 in order");
            for (String value : r.dashAnswers().values()) {
                assertTrue(SyntheticReferral.ANSWER_VALUES.contains(value), value);
                counts.merge(value, 1, Integer::sum);
            }
            assertEquals(r.dashAnswers().values().stream().filter("yes"::equals).count(), r.dashScore());
        }
        int total = 24 * sample.referrals().size();
        double dontKnow = counts.getOrDefault("dont_know", 0) / (double) total;
        double notAsked = counts.getOrDefault("not_asked", 0) / (double) total;
        assertTrue(dontKnow > 0.01 && dontKnow < 0.10, "don't-know share " + dontKnow);
        assertTrue(notAsked > 0 && notAsked < 0.02, "not-asked share " + notAsked);
    }

    @Test
    void scoresAndGroundsFollowTheReferralCriteria() {
        int high = 0;
        int medium = 0;
        int escalation = 0;
        for (SyntheticReferral r : sample.referrals()) {
            int score = r.dashScore();
            if (score >= 14) {
                high++;
                assertNull(r.professionalJudgementReason(), "no judgement reason is needed at 14+");
            }
            if (score >= 10 && score <= 13 && r.professionalJudgementReason() != null) {
                medium++;
            }
            if (r.professionalJudgementReason() != null) {
                assertFalse(r.professionalJudgementReason().isBlank());
            }
            Integer incidents = r.policeIncidentsLast12Months();
            if (incidents != null && incidents >= 3) {
                escalation++;
            }
            if (r.referringAgency() == Agency.POLICE) {
                assertNotNull(incidents, "police always know their own call-outs");
            }
            assertFalse(r.grounds().isEmpty(), "referral " + r.index() + " meets no MARAC criterion");
        }
        int n = sample.referrals().size();
        assertTrue(high > 0.6 * n, "most referrals score 14+: " + high);
        assertTrue(medium > 0.05 * n, "some professional-judgement referrals score 10-13: " + medium);
        assertTrue(escalation > 0.1 * n, "some show potential escalation: " + escalation);
    }

    @Test
    void childAndPetItemsMatchTheHousehold() {
        int childContact = 0;
        for (SyntheticReferral r : sample.referrals()) {
            Map<String, String> a = r.dashAnswers();
            if ("yes".equals(a.get("q7"))) {
                childContact++;
                assertFalse(r.children().isEmpty(), "conflict over child contact needs children");
            }
            if ("yes".equals(a.get("q9"))) {
                assertEquals(Gender.FEMALE, r.victim().gender());
                assertTrue(r.victim().ageOn(r.referralDate()) <= 50);
            }
            if ("yes".equals(a.get("q19"))) {
                assertTrue(r.flags().contains(ReferralFlag.PETS), "animal abuse implies pets");
            }
        }
        long withChildren = sample.referrals().stream().filter(r -> !r.children().isEmpty()).count();
        assertTrue(childContact > 0.25 * withChildren, "child contact is a common issue when there are children");
    }

    @Test
    void peopleHavePlausibleAgesAndGenders() {
        List<SyntheticReferral> referrals = sample.referrals();
        Set<SyntheticPerson> victims = new HashSet<>();
        Set<SyntheticPerson> perpetrators = new HashSet<>();
        List<Integer> victimAges = new ArrayList<>();
        for (SyntheticReferral r : referrals) {
            int age = r.victim().ageOn(r.referralDate());
            assertTrue(age >= 16 && age <= 80, "victim aged " + age);
            assertNotEquals(Gender.NOT_KNOWN, r.victim().gender(), "the generator always records a gender");
            if (victims.add(r.victim())) {
                victimAges.add(age);
            }
            assertEquals(r.perpetrators().size(), r.perpetratorRelationships().size());
            for (SyntheticPerson p : r.perpetrators()) {
                assertTrue(p.ageOn(r.referralDate()) >= 16, "perpetrators are 16+");
                perpetrators.add(p);
            }
            for (SyntheticPerson c : r.children()) {
                assertTrue(c.ageOn(r.referralDate()) <= 17 && !c.dateOfBirth().isAfter(r.referralDate()));
                assertTrue(r.victim().ageOn(c.dateOfBirth()) >= 14, "mother/father at least 14 at the birth");
            }
            r.othersAtRisk().forEach(o -> assertTrue(o.ageOn(r.referralDate()) >= 16, "others at risk are 16+"));
            if (r.flags().contains(ReferralFlag.CAPVA)) {
                int perpAge = r.perpetrators().get(0).ageOn(r.referralDate());
                assertTrue(perpAge >= 16 && perpAge <= 18, "CAPVA perpetrator aged " + perpAge);
            }
        }
        double female = victims.stream().filter(v -> v.gender() == Gender.FEMALE).count() / (double) victims.size();
        double male = perpetrators.stream().filter(p -> p.gender() == Gender.MALE).count()
            / (double) perpetrators.size();
        assertTrue(female > 0.90 && female < 0.98, "female victims " + female);
        assertTrue(male > 0.85 && male < 0.95, "male perpetrators " + male);
        victimAges.sort(null);
        int median = victimAges.get(victimAges.size() / 2);
        assertTrue(median >= 25 && median <= 40, "median victim age " + median);
        assertTrue(referrals.stream().anyMatch(r -> r.flags().contains(ReferralFlag.CAPVA)), "a few CAPVA cases");
    }

    @Test
    void diversityIsPlausible() {
        Set<SyntheticPerson> victims = new HashSet<>();
        sample.referrals().forEach(r -> victims.add(r.victim()));
        double n = victims.size();
        double whiteBritish = victims.stream().filter(v -> v.diversity().ethnicity().equals("White British")).count()
            / n;
        double interpreter = victims.stream().filter(v -> v.diversity().interpreterNeeded()).count() / n;
        double disabled = victims.stream().filter(v -> v.diversity().disabled()).count() / n;
        long ethnicities = victims.stream().map(v -> v.diversity().ethnicity()).distinct().count();
        assertTrue(whiteBritish > 0.6 && whiteBritish < 0.85, "white British " + whiteBritish);
        assertTrue(interpreter > 0.05 && interpreter < 0.15, "interpreter needed " + interpreter);
        assertTrue(disabled > 0.05 && disabled < 0.2, "disabled " + disabled);
        assertTrue(ethnicities >= 10, "a mix of groups: " + ethnicities);
        assertTrue(victims.stream().anyMatch(v -> v.diversity().lgbt()));
        for (SyntheticPerson v : victims) {
            if (v.diversity().interpreterNeeded()) {
                assertFalse(v.diversity().language().equals("English"));
            }
        }
    }

    @Test
    void aliasesAreFewAndDifferFromTheName() {
        List<SyntheticPerson> people = everyone(sample).toList();
        long withAliases = people.stream().filter(p -> !p.aliases().isEmpty()).count();
        assertTrue(withAliases > 0.05 * people.size() && withAliases < 0.4 * people.size(), "" + withAliases);
        for (SyntheticPerson p : people) {
            assertTrue(p.aliases().size() <= 2);
            for (String alias : p.aliases()) {
                assertFalse(alias.equals(p.fullName()), alias);
                assertFalse(alias.isBlank());
            }
        }
    }

    @Test
    void postcodesAreFictional() {
        Pattern ukFormat = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$");
        List<String> districts = FictionalCounty.districts();
        assertTrue(districts.size() >= 4 && districts.size() <= 6);
        everyone(sample).forEach(p -> {
            Address a = p.address();
            assertTrue(ukFormat.matcher(a.postcode()).matches(), "UK format: " + a.postcode());
            assertTrue(a.postcode().startsWith("Q"), "no real UK postcode area starts with Q: " + a.postcode());
            assertTrue(FictionalCounty.isFictionalPostcode(a.postcode()), a.postcode());
            assertTrue(districts.contains(a.district()), a.district());
            assertFalse(a.line1().isBlank());
            assertFalse(a.town().isBlank());
        });
        assertFalse(FictionalCounty.isFictionalPostcode("SW1A 1AA"), "real postcodes are rejected");
        Map<String, Set<String>> towns = new HashMap<>();
        everyone(sample).forEach(p -> towns.computeIfAbsent(p.address().district(), d -> new HashSet<>())
            .add(p.address().town()));
        towns.forEach((d, t) -> assertTrue(t.size() >= 2 && t.size() <= 4, d + " has towns " + t));
    }

    @Test
    void textsAreFilledIn() {
        for (SyntheticReferral r : sample.referrals()) {
            for (String text : new String[] {r.incidentSummary(), r.victimVoice(), r.professionalJudgementReason()}) {
                if (text != null) {
                    assertFalse(text.isBlank());
                    assertFalse(text.contains("{") || text.contains("}"), "unfilled placeholder: " + text);
                }
            }
            assertFalse(r.referrerName().isBlank());
        }
    }

    // ------------------------------------------------------------------ meetings

    @Test
    void meetingsAreFortnightlyPerDistrictOverTwelveMonths() {
        List<SyntheticMeeting> meetings = demo.meetings();
        Map<String, List<SyntheticMeeting>> byDistrict = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            SyntheticMeeting m = meetings.get(i);
            assertEquals(i, m.index());
            assertEquals(m.date().minusDays(7), m.referralCutOff());
            assertEquals(m.date().isBefore(TODAY) ? MeetingStatus.CLOSED : MeetingStatus.SCHEDULED, m.status());
            assertFalse(m.venue().isBlank());
            if (i > 0) {
                assertFalse(m.date().isBefore(meetings.get(i - 1).date()), "meetings in date order");
            }
            byDistrict.computeIfAbsent(m.district(), d -> new ArrayList<>()).add(m);
        }
        assertEquals(Set.copyOf(FictionalCounty.districts()), byDistrict.keySet());
        for (List<SyntheticMeeting> own : byDistrict.values()) {
            for (int i = 1; i < own.size(); i++) {
                assertEquals(14, ChronoUnit.DAYS.between(own.get(i - 1).date(), own.get(i).date()));
            }
            assertTrue(own.get(0).date().isBefore(TODAY.minusMonths(11)), "meetings start a year back");
            assertTrue(own.get(own.size() - 1).date().isAfter(TODAY), "every district has an upcoming meeting");
        }
        assertTrue(meetings.stream().anyMatch(SyntheticMeeting::virtual));
        assertTrue(meetings.stream().anyMatch(m -> !m.virtual()));
    }

    @Test
    void everyReferralIsListedOnFirstMeetingAfterItsCutOff() {
        for (SyntheticDataset ds : List.of(demo, sample)) {
            Map<Integer, SyntheticMeeting> listedAt = new HashMap<>();
            for (SyntheticMeeting m : ds.meetings()) {
                List<Integer> listed = m.listedReferralIndexes();
                for (int k = 0; k < listed.size(); k++) {
                    if (k > 0) {
                        assertTrue(listed.get(k - 1) < listed.get(k), "listed indexes ascending");
                    }
                    assertNull(listedAt.put(listed.get(k), m), "referral listed twice: " + listed.get(k));
                }
            }
            assertEquals(ds.referrals().size(), listedAt.size(), "every referral is listed");
            for (SyntheticReferral r : ds.referrals()) {
                SyntheticMeeting m = listedAt.get(r.index());
                assertEquals(r.district(), m.district());
                assertFalse(m.referralCutOff().isBefore(r.referralDate()), "listed after its cut-off");
                for (SyntheticMeeting earlier : ds.meetings()) {
                    if (earlier.district().equals(m.district()) && earlier.date().isBefore(m.date())) {
                        assertTrue(earlier.referralCutOff().isBefore(r.referralDate()),
                            "referral " + r.index() + " should have gone to " + earlier.date());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 200})
    void atLeastOneUpcomingMeetingHasListedCases(int cases) {
        SyntheticDataset ds = cases == 200 ? demo : new SyntheticDataGenerator(SEED, TODAY).generate(cases);
        List<SyntheticMeeting> upcoming = ds.meetings().stream()
            .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.date().isAfter(TODAY)
                && !m.listedReferralIndexes().isEmpty())
            .toList();
        assertFalse(upcoming.isEmpty(), "an upcoming meeting with cases");
        for (SyntheticMeeting m : upcoming) {
            LocalDate lastClosedCutOff = ds.meetings().stream()
                .filter(c -> c.district().equals(m.district()) && c.status() == MeetingStatus.CLOSED)
                .map(SyntheticMeeting::referralCutOff).max(LocalDate::compareTo).orElse(LocalDate.MIN);
            for (int i : m.listedReferralIndexes()) {
                assertTrue(ds.referrals().get(i).referralDate().isAfter(lastClosedCutOff));
            }
        }
    }

    @Test
    void zeroCasesStillScheduleMeetingsAndNegativeCountsAreRejected() {
        SyntheticDataset empty = new SyntheticDataGenerator(SEED, TODAY).generate(0);
        assertTrue(empty.referrals().isEmpty());
        assertTrue(empty.actions().isEmpty());
        assertFalse(empty.meetings().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new SyntheticDataGenerator(SEED, TODAY).generate(-1));
    }

    // ------------------------------------------------------------------ actions

    @Test
    void everyActionStatusOccurs() {
        Set<ActionStatus> statuses = EnumSet.noneOf(ActionStatus.class);
        demo.actions().forEach(a -> statuses.add(a.status()));
        assertEquals(EnumSet.allOf(ActionStatus.class), statuses);
        assertTrue(demo.actions().stream().anyMatch(a -> a.isOverdueOn(TODAY)), "some actions are overdue");
    }

    @Test
    void actionsBelongToCasesHeardAtClosedMeetings() {
        Map<Integer, Integer> perReferral = new HashMap<>();
        Set<ActionTarget> targets = EnumSet.noneOf(ActionTarget.class);
        Set<Agency> agencies = EnumSet.noneOf(Agency.class);
        for (SyntheticAction a : sample.actions()) {
            SyntheticMeeting m = sample.meetings().get(a.meetingIndex());
            SyntheticReferral r = sample.referrals().get(a.referralIndex());
            assertEquals(MeetingStatus.CLOSED, m.status());
            assertTrue(m.listedReferralIndexes().contains(a.referralIndex()));
            assertTrue(a.dueDate().isAfter(m.date()));
            assertEquals(a.status() == ActionStatus.DONE, a.completedOn() != null);
            if (a.completedOn() != null) {
                assertTrue(a.completedOn().isAfter(m.date()) && !a.completedOn().isAfter(TODAY));
            }
            if (a.target() == ActionTarget.CHILD) {
                assertFalse(r.children().isEmpty(), "child actions need children");
            }
            assertFalse(a.description().isBlank());
            assertFalse(a.ownerName().isBlank());
            targets.add(a.target());
            agencies.add(a.agency());
            perReferral.merge(a.referralIndex(), 1, Integer::sum);
        }
        for (SyntheticMeeting m : sample.meetings()) {
            for (int i : m.listedReferralIndexes()) {
                int count = perReferral.getOrDefault(i, 0);
                if (m.status() == MeetingStatus.CLOSED) {
                    assertTrue(count >= 2 && count <= 6, "referral " + i + " has " + count + " actions");
                } else {
                    assertEquals(0, count, "no actions before the meeting");
                }
            }
        }
        assertEquals(EnumSet.allOf(ActionTarget.class), targets);
        assertEquals(Set.copyOf(StaffRoster.AGENCIES), agencies);
    }

    @Test
    void olderActionsAreMostlyDoneAndRecentOnesOpen() {
        int old = 0;
        int oldDone = 0;
        int notYetDue = 0;
        int notYetDueOpen = 0;
        for (SyntheticAction a : sample.actions()) {
            if (a.dueDate().isBefore(TODAY.minusMonths(3))) {
                old++;
                oldDone += a.status() == ActionStatus.DONE ? 1 : 0;
            } else if (!a.dueDate().isBefore(TODAY)) {
                notYetDue++;
                notYetDueOpen += a.status() == ActionStatus.OPEN ? 1 : 0;
            }
        }
        assertTrue(oldDone > 0.75 * old, oldDone + " of " + old + " older actions done");
        assertTrue(notYetDueOpen > 0.75 * notYetDue, notYetDueOpen + " of " + notYetDue + " current actions open");
    }

    @Test
    void referrersAreAgenciesTheGeneratorStaffs() {
        Set<Agency> referrers = EnumSet.noneOf(Agency.class);
        sample.referrals().forEach(r -> referrers.add(r.referringAgency()));
        assertTrue(StaffRoster.AGENCIES.containsAll(referrers), "referrers " + referrers);
        assertTrue(referrers.contains(Agency.POLICE) && referrers.contains(Agency.IDVA));
    }

    @Test
    void transfersInAreFewAndNeverRepeats() {
        long transfers = sample.referrals().stream().filter(SyntheticReferral::transferIn).count();
        assertTrue(transfers > 0.01 * sample.referrals().size() && transfers < 0.06 * sample.referrals().size(),
            transfers + " transfers in");
        assertTrue(sample.referrals().stream().noneMatch(r -> r.transferIn() && r.isRepeat()),
            "a victim who moved in from another area has no earlier referral here");
    }

    @Test
    void recordsAreImmutable() {
        SyntheticReferral r = demo.referrals().get(0);
        assertThrows(UnsupportedOperationException.class, () -> r.dashAnswers().put("q1", "no"));
        assertThrows(UnsupportedOperationException.class, () -> r.flags().add(ReferralFlag.RURAL));
        assertThrows(UnsupportedOperationException.class, () -> r.perpetrators().clear());
        assertThrows(UnsupportedOperationException.class, () -> demo.referrals().remove(0));
        assertThrows(UnsupportedOperationException.class,
            () -> demo.meetings().get(0).listedReferralIndexes().add(1));
    }

    // ------------------------------------------------------------------ scale

    @Test
    void hundredThousandCasesGenerate() {
        SyntheticDataset big = new SyntheticDataGenerator(SEED, TODAY).generate(100_000);
        assertEquals(100_000, big.referrals().size());
        assertEquals(99_999, big.referrals().get(99_999).index());
        assertEquals(100_000, big.meetings().stream().mapToInt(m -> m.listedReferralIndexes().size()).sum());
        long heard = big.meetings().stream().filter(m -> m.status() == MeetingStatus.CLOSED)
            .mapToLong(m -> m.listedReferralIndexes().size()).sum();
        assertTrue(big.actions().size() >= 2 * heard && big.actions().size() <= 6 * heard);
    }

    private static Stream<SyntheticPerson> everyone(SyntheticDataset ds) {
        return ds.referrals().stream()
            .flatMap(r -> Stream.of(List.of(r.victim()), r.perpetrators(), r.children(), r.othersAtRisk()))
            .flatMap(List::stream);
    }
}
