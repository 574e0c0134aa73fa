package org.maracdesk.exchange.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.risk.ReferralRoute;

/**
 * The figures behind the Reports charts.
 *
 * @param referralsByRoute per month (oldest first), accepted referrals meeting each route; a
 *                         referral meeting two routes counts under both
 * @param repeats per month, accepted referrals and how many of them were repeats
 * @param actions open and overdue actions per agency
 */
public record ReportFigures(List<YearMonth> months, Map<ReferralRoute, List<Long>> referralsByRoute,
                            List<MonthRepeats> repeats, List<AgencyActionCount> actions) {

    /** Accepted referrals in one month and the repeats among them. */
    public record MonthRepeats(YearMonth month, long referrals, long repeats) {
        /** Repeat rate in percent, 0 when there were no referrals. */
        public double percent() {
            return referrals == 0 ? 0 : 100.0 * repeats / referrals;
        }
    }
}
