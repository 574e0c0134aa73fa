package org.maracdesk.exchange.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.CaseOutcome;

/**
 * The steering group's dashboard for a period (issue 16, decision 0042): every figure counted in the database
 * over the cases the account may see, so that each can be drilled down to the cases behind it.
 *
 * @param byAgency    accepted referrals by referring agency (code "" when not recorded)
 * @param byDistrict  the same by the case's district
 * @param listing     referral-to-listing times over every referral of the period
 * @param actionsByAgency actions due in the period, by the agency that owns them
 * @param actionsByType   the same by action type
 * @param outcomes    cases closed in the period, by district and outcome
 * @param overdueNow  open actions whose due date has passed (today, whatever the period)
 * @param marks       the administrator's weekly marks by district: referrals waiting past the longest wait today,
 *                    meetings of the period whose minutes went late or are overdue
 * @param transfers   transfers between MARACs of the period (the victim moved in it, or with no move date, recorded
 *                    in it), in and out, by the other MARAC's area as recorded (decision 0069)
 */
public record DashboardFigures(LocalDate from, LocalDate to, List<Group> byAgency, List<Group> byDistrict,
                               Times listing, List<Actions> actionsByAgency, List<Actions> actionsByType, List<Outcomes> outcomes,
                               long overdueNow, List<Marks> marks, List<Transfers> transfers) {

    /** Transfers between MARACs of the period with one other area: in from it and out to it. */
    public record Transfers(String area, long in, long out) {
    }

    /** Transfers in of the period, every area. */
    public long transfersIn() {
        return transfers.stream().mapToLong(Transfers::in).sum();
    }

    /** Transfers out of the period, every area. */
    public long transfersOut() {
        return transfers.stream().mapToLong(Transfers::out).sum();
    }

    /**
     * One district's weekly marks (issue 16): accepted referrals waiting to be listed past the longest wait today
     * ({@code limitDays}), and the meetings held in the period whose minutes went late or are overdue.
     */
    public record Marks(String district, long waitingOverLimit, long minutesLate, int limitDays) {
    }

    /** Referrals waiting past the longest wait, every district. */
    public long waitingOverLimit() {
        return marks.stream().mapToLong(Marks::waitingOverLimit).sum();
    }

    /** Meetings of the period whose minutes went late or are overdue, every district. */
    public long minutesLate() {
        return marks.stream().mapToLong(Marks::minutesLate).sum();
    }

    /** Figures of one agency or district. */
    public record Group(String key, String name, long referrals, long repeats, Times listing) {
        /** Repeats in percent of referrals; 0 without referrals. */
        public double repeatPercent() {
            return referrals == 0 ? 0 : 100.0 * repeats / referrals;
        }
    }

    /**
     * Days from referral to its first listing on a meeting that was not cancelled, for the referrals of the
     * period that have been listed: how many, the median and the 90th percentile (nearest rank); null days
     * when none was listed.
     */
    public record Times(long listed, Integer medianDays, Integer p90Days) {
        static final Times NONE = new Times(0, null, null);
    }

    /** Actions due in the period of one agency or type, by how they ended (or not yet). */
    public record Actions(String key, String name, long due, long doneOnTime, long doneLate, long notDone,
                          long stillOpen) {
        /** Done on or before the due date, in percent of those due; 0 when none was due. */
        public double onTimePercent() {
            return due == 0 ? 0 : 100.0 * doneOnTime / due;
        }
    }

    /** Cases closed in the period in one district, by outcome. */
    public record Outcomes(String district, Map<CaseOutcome, Long> cases) {
        public long total() {
            return cases.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The referrals of the period, all groups together. */
    public long referrals() {
        return byAgency.stream().mapToLong(Group::referrals).sum();
    }

    /** The repeats among them. */
    public long repeats() {
        return byAgency.stream().mapToLong(Group::repeats).sum();
    }
}
