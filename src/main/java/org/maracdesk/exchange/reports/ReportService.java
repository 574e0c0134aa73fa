package org.maracdesk.exchange.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.actions.AgencyActionCount;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Figures for the Reports charts: referrals per month by route, repeat rate per month, open vs
 * overdue actions by agency. Counts only; no names. Whoever may produce the data return.
 */
public final class ReportService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final Clock clock;

    public ReportService(StoreProvider stores, CurrentUser users, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.clock = clock;
    }

    /** The last {@code monthCount} months up to and including this one. */
    public ReportFigures figures(int monthCount) {
        PermissionMatrix.require(users.current(), Permission.PRODUCE_DATA_RETURN);
        if (monthCount < 1 || monthCount > 60) {
            throw new IllegalArgumentException("months: from 1 to 60");
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(monthCount - 1L);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return stores.store().read(s -> {
            Map<ReferralRoute, List<Long>> byRoute = new EnumMap<>(ReferralRoute.class);
            for (ReferralRoute r : ReferralRoute.values()) {
                byRoute.put(r, new ArrayList<>(java.util.Collections.nCopies(months.size(), 0L)));
            }
            long[] referrals = new long[months.size()];
            long[] repeats = new long[months.size()];
            for (Object[] r : referrals(s, first.atDay(1), last.atEndOfMonth())) {
                int i = months.indexOf(YearMonth.from((LocalDate) r[0]));
                referrals[i]++;
                repeats[i] += Boolean.TRUE.equals(r[2]) ? 1 : 0;
                for (String route : r[1] == null ? new String[0] : ((String) r[1]).split(",")) {
                    if (!route.isBlank()) {
                        List<Long> counts = byRoute.get(ReferralRoute.valueOf(route.strip()));
                        counts.set(i, counts.get(i) + 1);
                    }
                }
            }
            List<ReportFigures.MonthRepeats> rates = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                rates.add(new ReportFigures.MonthRepeats(months.get(i), referrals[i], repeats[i]));
            }
            return new ReportFigures(List.copyOf(months), byRoute, rates, actions(s, today));
        });
    }

    private static List<Object[]> referrals(Session s, LocalDate from, LocalDate to) {
        return s.createSelectionQuery("select r.referralDate, r.routes, r.repeatReferral from Referral r"
                + " where r.status = :accepted and r.referralDate between :from and :to", Object[].class)
                .setParameter("accepted", ReferralStatus.ACCEPTED).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    private static List<AgencyActionCount> actions(Session s, LocalDate today) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (Object[] r : s.createSelectionQuery("select a.agencyCode, a.dueDate, coalesce(ag.name, a.agencyCode)"
                + " from ActionItem a left join MaracAgency ag on ag.code = a.agencyCode"
                + " where a.status = :open", Object[].class).setParameter("open", ActionStatus.OPEN).getResultList()) {
            names.put((String) r[0], (String) r[2]);
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[2]);
            c[0]++;
            if (r[1] != null && ((LocalDate) r[1]).isBefore(today)) {
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new AgencyActionCount(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
