package org.maracdesk.exchange.reports;

/**
 * What a dashboard figure counts, as the rows of native SQL it counts them from ({@code c} is the case). The
 * figures and the drill-down to the cases behind one are both built from these, so a list always holds the
 * cases its figure counted.
 */
public enum DashboardMeasure {
    /** Accepted referrals dated in the period. */
    REFERRALS(Rows.REFERRAL, ""),
    /** The repeats among them. */
    REPEATS(Rows.REFERRAL, " and r.repeat_referral = true"),
    /** Those listed on a meeting that was not cancelled. */
    LISTED(Rows.REFERRAL, " and exists (select 1 from listing dl join meeting dm on dm.id = dl.meeting_id"
            + " where dl.referral_id = r.id and dm.status <> 'CANCELLED')"),
    /** Actions due in the period. */
    ACTIONS_DUE(Rows.ACTION, ""),
    /** Those not done on or before their due date (done late, not done, not possible, still open). */
    ACTIONS_NOT_ON_TIME(Rows.ACTION, " and (a.status <> 'DONE' or a.completed_on is null"
            + " or a.completed_on > a.due_date)"),
    /** Cases closed in the period. */
    CLOSED(Rows.CASE, ""),
    /**
     * Accepted referrals waiting to be listed today (the {@code referral_waiting} marker, decision 0064) whose wait
     * is past the local longest wait ({@code :waitedBefore} is today less that many days), whatever the period.
     */
    WAITING_OVER_LIMIT(Rows.WAITING, ""),
    /**
     * The cases listed on the meetings of the period whose minutes went late or are overdue
     * ({@code :lateMeetings}, decided by {@code MinutesDeadline}, decision 0059).
     */
    MINUTES_LATE(Rows.MINUTES, ""),
    /**
     * Transfers between MARACs, either way, whose victim moved in the period or, with no move date recorded, that
     * were recorded in the period (decision 0069).
     */
    TRANSFERS(Rows.TRANSFER, ""),
    /** Those in from another MARAC. */
    TRANSFERS_IN(Rows.TRANSFER, " and t.direction = 'IN'"),
    /** Those out to another MARAC. */
    TRANSFERS_OUT(Rows.TRANSFER, " and t.direction = 'OUT'");

    /** What a figure is broken down by; AREA is the other MARAC's area of a transfer, as recorded. */
    public enum Dimension { AGENCY, DISTRICT, TYPE, OUTCOME, AREA }

    private enum Rows {
        REFERRAL(" from referral r join marac_case c on c.id = r.case_id where r.status = 'ACCEPTED'"
                + " and r.referral_date between :from and :to"),
        ACTION(" from action_item a join marac_case c on c.id = a.case_id where a.due_date between :from and :to"),
        CASE(" from marac_case c where c.closed_on between :from and :to"),
        WAITING(" from referral_waiting w join referral r on r.id = w.referral_id join marac_case c on c.id = r.case_id"
                + " where r.referral_date < :waitedBefore"),
        MINUTES(" from listing l join meeting m on m.id = l.meeting_id join marac_case c on c.id = l.case_id"
                + " where m.id in (:lateMeetings)"),
        TRANSFER(" from case_transfer t join marac_case c on c.id = t.case_id"
                + " where coalesce(t.moved_on, cast(t.recorded_at as date)) between :from and :to");

        private final String sql;

        Rows(String sql) {
            this.sql = sql;
        }
    }

    private final Rows rows;
    private final String more;

    DashboardMeasure(Rows rows, String more) {
        this.rows = rows;
        this.more = more;
    }

    /** {@code from … where …} of the rows counted, with {@code :from} and {@code :to}. */
    String fromWhere() {
        return rows.sql + more;
    }

    /** The column a breakdown groups by, null when this measure is not broken down that way. */
    String column(Dimension d) {
        return switch (rows) {
            case REFERRAL -> switch (d) {
                case AGENCY -> "coalesce(r.referring_agency, '')";
                case DISTRICT -> "coalesce(c.district, '')";
                default -> null;
            };
            case ACTION -> switch (d) {
                case AGENCY -> "a.agency_code";
                case TYPE -> "a.type_code";
                case DISTRICT -> "coalesce(c.district, '')";
                default -> null;
            };
            case WAITING -> d == Dimension.DISTRICT ? "coalesce(c.district, '')" : null;
            case MINUTES -> d == Dimension.DISTRICT ? "coalesce(m.district, '')" : null;
            case TRANSFER -> switch (d) {
                case AREA -> "t.other_area";
                case DISTRICT -> "coalesce(c.district, '')";
                default -> null;
            };
            case CASE -> switch (d) {
                case DISTRICT -> "coalesce(c.district, '')";
                case OUTCOME -> "coalesce(c.closure_outcome, 'OTHER')";
                default -> null;
            };
        };
    }
}
