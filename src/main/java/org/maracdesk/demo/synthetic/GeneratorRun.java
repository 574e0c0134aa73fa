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
        Rng meetingRng = master.split();
        Rng actionRng = master.split();
        this.people = new People(caseRng, today);
        FictionalCounty.AddressMaker addresses = new FictionalCounty.AddressMaker(caseRng);
        CaseTexts texts = new CaseTexts(textRng);
        StaffRoster staff = new StaffRoster(staffRng, today);
        this.householdMaker = new HouseholdMaker(caseRng, people, addresses);
        this.referralMaker = new ReferralMaker(caseRng, texts, staff);
        this.scheduler = new MeetingScheduler(start, today, meetingRng);
        this.actionMaker = new ActionMaker(actionRng, people, staff, today);
    }

    SyntheticDataset run() {
        int[] days = referralDays();
        List<SyntheticReferral> referrals = new ArrayList<>(caseCount);
        List<Household> households = new ArrayList<>();
        int[] householdOf = new int[caseCount];
        for (int i = 0; i < caseCount; i++) {
            LocalDate date = people.day(start.toEpochDay() + days[i]);
            Household h = repeatCandidate(days, i, households, householdOf);
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
            referrals.add(referralMaker.referral(i, date, h, repeatOf));
            h.latestReferral = i;
        }

        List<SyntheticMeeting> meetings = new ArrayList<>();
        int[] meetingOf = scheduler.schedule(referrals, meetings);
        List<SyntheticAction> actions = new ArrayList<>(caseCount * 3);
        for (SyntheticReferral r : referrals) {
            SyntheticMeeting m = meetings.get(meetingOf[r.index()]);
            if (m.status() == MeetingStatus.CLOSED) {
                actionMaker.addActions(r, m, actions);
            }
        }
        return new SyntheticDataset(today, seed, referrals, meetings, actions);
    }

    /** The household whose victim referral {@code i} repeats, or null for a new victim (up to three tries). */
    private Household repeatCandidate(int[] days, int i, List<Household> households, int[] householdOf) {
        if (i == 0 || !caseRng.chance(REPEAT_ATTEMPT)) {
            return null;
        }
        int eligible = countAtOrBefore(days, i, days[i] - MIN_REPEAT_GAP_DAYS);
        for (int attempt = 0; attempt < 3 && eligible > 0; attempt++) {
            Household candidate = households.get(householdOf[caseRng.nextInt(eligible)]);
            if (days[candidate.latestReferral] <= days[i] - MIN_REPEAT_GAP_DAYS) {
                return candidate;
            }
        }
        return null;
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
}
