package org.maracdesk.demo.synthetic;

import static org.maracdesk.demo.synthetic.Tables.ints;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.maracdesk.casework.ActionStatus;

/** The actions agreed for a case heard at a closed meeting, with how far each has got by {@code today}. */
final class ActionMaker {
    private static final Weighted<Integer> ACTION_COUNT = ints(2, 15, 3, 30, 4, 28, 5, 17, 6, 10);
    /** An action this many days overdue is never still open: a later meeting would have closed it. */
    private static final int STALE_DAYS = 365;
    private static final Weighted<Integer> DUE_DAYS = ints(7, 15, 14, 40, 21, 15, 28, 30);

    private final Rng actionRng;
    private final People people;
    private final StaffRoster staff;
    private final LocalDate today;

    ActionMaker(Rng actionRng, People people, StaffRoster staff, LocalDate today) {
        this.actionRng = actionRng;
        this.people = people;
        this.staff = staff;
        this.today = today;
    }

    void addActions(SyntheticReferral r, SyntheticMeeting m, List<SyntheticAction> out) {
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
            String owner = rng.pick(staff.team(district, t.agency()));
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
                    // more than a year overdue (only in runs spanning years): long since closed at a review
                    ActionStatus stale = overdue > STALE_DAYS ? ActionStatus.NOT_DONE : ActionStatus.OPEN;
                    status = u < 0.84 ? ActionStatus.DONE : u < 0.87 ? stale
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
}
