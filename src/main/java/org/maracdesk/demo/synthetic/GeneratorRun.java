package org.maracdesk.demo.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maracdesk.casework.MeetingStatus;

/**
 * One execution of {@link SyntheticDataGenerator#generate(int)}; all state is local to the run. It spreads the
 * referral dates over the year, decides which referrals are repeats, and hands the rest to its makers: households
 * and people, referrals (with their answers), meetings and actions. Each maker draws from the same random streams
 * in the same order as before the split, so a seed still gives the same dataset.
 */
final class GeneratorRun {

    /** Chance that a referral is tried as a repeat of an earlier one (some tries fail: about 24% succeed). */
    private static final double REPEAT_ATTEMPT = 0.27;
    /** A repeat needs a further incident after the earlier referral; keep at least this gap. */
    private static final int MIN_REPEAT_GAP_DAYS = 14;
    /** A repeat follows a referral of the last two years (always true in the one-year span of a small run). */
    private static final int REPEAT_WINDOW_DAYS = 730;
    /** A county hears up to this many cases a year; larger runs span more years. */
    static final int CASES_PER_YEAR = 5_000;
    /** Above this many cases a year, meetings are weekly (fortnightly agendas would pass about 25 cases). */
    static final int WEEKLY_ABOVE_PER_YEAR = 3_250;

    private final long seed;
    private final LocalDate today;
    private final int caseCount;
    private final LocalDate start;
    private final int spanDays;
    private final Rng dateRng;
    private final Rng caseRng;
    private final People people;
    private final HouseholdMaker householdMaker;
    private final ReferralMaker referralMaker;
    private final MeetingScheduler scheduler;
    private final ActionMaker actionMaker;
    private final int[] days;
    private final int[] householdOf;
    private final List<Household> households = new ArrayList<>();
    private int nextIndex;
    private int released;

    GeneratorRun(long seed, LocalDate today, int caseCount) {
        this.seed = seed;
        this.today = today;
        this.caseCount = caseCount;
        int years = Math.max(1, (caseCount + CASES_PER_YEAR - 1) / CASES_PER_YEAR);
        this.start = today.minusYears(years).plusDays(1);
        this.spanDays = (int) (today.toEpochDay() - start.toEpochDay()) + 1;
        Rng master = new Rng(seed);
        Rng staffRng = master.split();
        this.dateRng = master.split();
        this.caseRng = master.split();
        Rng textRng = master.split();
        Rng meetingRng = master.split();
        Rng actionRng = master.split();
        this.people = new People(caseRng, today);
        FictionalCounty.AddressMaker addresses = new FictionalCounty.AddressMaker(caseRng);
        CaseTexts texts = new CaseTexts(textRng);
        StaffRoster staff = new StaffRoster(staffRng, today);
        this.householdMaker = new HouseholdMaker(caseRng, people, addresses);
        this.referralMaker = new ReferralMaker(caseRng, texts, staff);
        this.scheduler = new MeetingScheduler(start, today, meetingRng,
            caseCount / years > WEEKLY_ABOVE_PER_YEAR ? MeetingScheduler.WEEKLY : MeetingScheduler.FORTNIGHTLY);
        this.actionMaker = new ActionMaker(actionRng, people, staff, today);
        this.days = referralDays();
        this.householdOf = new int[caseCount];
    }

    /** Everything at once, for small runs and tests: the meetings list the referrals they hear. */
    SyntheticDataset run() {
        List<SyntheticReferral> referrals = new ArrayList<>(caseCount);
        List<SyntheticAction> actions = new ArrayList<>(caseCount * 3);
        List<List<Integer>> listed = new ArrayList<>();
        scheduler.meetings().forEach(m -> listed.add(new ArrayList<>()));
        while (hasNext()) {
            SyntheticChunk chunk = next(Integer.MAX_VALUE);
            referrals.addAll(chunk.referrals());
            actions.addAll(chunk.actions());
            for (SyntheticReferral r : chunk.referrals()) {
                listed.get(chunk.meetingOf(r)).add(r.index());
            }
        }
        List<SyntheticMeeting> meetings = new ArrayList<>();
        for (SyntheticMeeting m : scheduler.meetings()) {
            meetings.add(new SyntheticMeeting(m.index(), m.date(), m.district(), m.venue(), m.virtual(),
                m.referralCutOff(), m.status(), listed.get(m.index())));
        }
        return new SyntheticDataset(today, seed, referrals, meetings, actions);
    }

    /** The meetings of the whole span, in date order, with nothing listed. */
    List<SyntheticMeeting> meetings() {
        return scheduler.meetings();
    }

    int total() {
        return caseCount;
    }

    boolean hasNext() {
        return nextIndex < caseCount;
    }

    /**
     * The next {@code max} referrals (fewer at the end), each with its meeting, and the actions agreed for those
     * heard at a closed meeting. Households that can no longer be repeated are let go, so memory stays bounded.
     */
    SyntheticChunk next(int max) {
        int end = (int) Math.min(caseCount, (long) nextIndex + max);
        List<SyntheticReferral> referrals = new ArrayList<>(end - nextIndex);
        int[] meetingOf = new int[end - nextIndex];
        List<SyntheticAction> actions = new ArrayList<>();
        List<SyntheticMeeting> meetings = scheduler.meetings();
        for (int i = nextIndex; i < end; i++) {
            LocalDate date = people.day(start.toEpochDay() + days[i]);
            release(i);
            Household h = repeatCandidate(i);
            Integer repeatOf = h == null ? null : h.latestReferral;
            if (h == null) {
                h = householdMaker.newHousehold(date);
                h.id = households.size();
                households.add(h);
            } else {
                h.dropAdultChildren(date);
                householdMaker.maybeNewPerpetrator(h, date);
            }
            householdOf[i] = h.id;
            SyntheticReferral r = referralMaker.referral(i, date, h, repeatOf);
            h.latestReferral = i;
            referrals.add(r);
            SyntheticMeeting m = meetings.get(scheduler.meetingOf(r));
            meetingOf[i - nextIndex] = m.index();
            if (m.status() == MeetingStatus.CLOSED) {
                actionMaker.addActions(r, m, actions);
            }
        }
        int first = nextIndex;
        nextIndex = end;
        return new SyntheticChunk(first, referrals, meetingOf, actions);
    }

    /** Lets go of households whose latest referral is older than the repeat window before referral {@code i}. */
    private void release(int i) {
        int floor = countAtOrBefore(days, i, days[i] - REPEAT_WINDOW_DAYS);
        for (; released < floor; released++) {
            Household h = households.get(householdOf[released]);
            if (h != null && h.latestReferral < floor) {
                households.set(h.id, null);
            }
        }
    }

    /** The household whose victim referral {@code i} repeats, or null for a new victim (up to three tries). */
    private Household repeatCandidate(int i) {
        if (i == 0 || !caseRng.chance(REPEAT_ATTEMPT)) {
            return null;
        }
        int eligible = countAtOrBefore(days, i, days[i] - MIN_REPEAT_GAP_DAYS);
        int lo = countAtOrBefore(days, i, days[i] - REPEAT_WINDOW_DAYS);
        for (int attempt = 0; attempt < 3 && eligible > lo; attempt++) {
            Household candidate = households.get(householdOf[lo + caseRng.nextInt(eligible - lo)]);
            if (days[candidate.latestReferral] <= days[i] - MIN_REPEAT_GAP_DAYS) {
                return candidate;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ dates

    /**
     * Referral day offsets from {@code start}, ascending: stratified over the span, most weekend referrals
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
}
