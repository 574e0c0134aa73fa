package org.maracdesk.exchange.reports;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.settings.Settings;
import org.maracdesk.casework.settings.Timescales;
import org.maracdesk.exchange.reports.DashboardFigures.Actions;
import org.maracdesk.exchange.reports.DashboardFigures.Group;
import org.maracdesk.exchange.reports.DashboardFigures.Outcomes;
import org.maracdesk.exchange.reports.DashboardFigures.Times;
import org.maracdesk.exchange.reports.DashboardMeasure.Dimension;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.store.StoreProvider;

/**
 * The steering group's dashboard (issue 16, decision 0042): referrals, repeats, referral-to-listing times,
 * actions done on time and outcomes of closed cases for a period, by agency and by district, and transfers between
 * MARACs in and out by the other area (decision 0069). Every figure is counted in the database over the cases the
 * signed-in account may see ({@link CaseScope}), in grouped queries and one for the names, besides the scope's own
 * reads; nothing is read per case. The drill-down lists
 * the cases behind a figure from the same rows and the same scope, so the list is as long as the figure.
 */
public final class DashboardService {
    /** The longest period the dashboard counts over (ten years). */
    public static final int MAX_DAYS = 3_660;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public DashboardService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The figures for {@code from} to {@code to}, both included, in the account's scope. */
    public DashboardFigures figures(LocalDate from, LocalDate to) {
        check(from, to);
        AccountInfo who = users.current();
        LocalDate today = LocalDate.now(clock);
        return stores.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.seesCases()) {
                throw new NotPermittedException(who.role(), "this account sees no case data");
            }
            Timescales t = Settings.current(s).timescales();
            List<Object[]> late = late(s, from, to, t, today);
            DashboardQueries q = withMarks(new DashboardQueries(s, scope, from, to), t, late, today);
            Names names = new Names(q.names());
            Map<String, long[]> agencies = new TreeMap<>();
            Map<String, long[]> districts = new TreeMap<>();
            for (Object[] r : q.referrals()) {
                add(agencies, (String) r[0], num(r[2]), num(r[3]));
                add(districts, (String) r[1], num(r[2]), num(r[3]));
            }
            Map<String, Map<Integer, Long>> agencyDays = new HashMap<>();
            Map<String, Map<Integer, Long>> districtDays = new HashMap<>();
            Map<Integer, Long> allDays = new TreeMap<>();
            for (Object[] r : q.listingDays(stores.store().kind())) {
                int days = (int) num(r[2]);
                long n = num(r[3]);
                agencyDays.computeIfAbsent((String) r[0], k -> new TreeMap<>()).merge(days, n, Long::sum);
                districtDays.computeIfAbsent((String) r[1], k -> new TreeMap<>()).merge(days, n, Long::sum);
                allDays.merge(days, n, Long::sum);
            }
            List<Group> byAgency = groups(agencies, agencyDays, names.agencies());
            List<Group> byDistrict = groups(districts, districtDays, Map.of());
            Map<String, long[]> actionAgency = new TreeMap<>();
            Map<String, long[]> actionType = new TreeMap<>();
            for (Object[] r : q.actions()) {
                long[] v = {num(r[2]), num(r[3]), num(r[4]), num(r[5]), num(r[6])};
                merge(actionAgency, (String) r[0], v);
                merge(actionType, (String) r[1], v);
            }
            return new DashboardFigures(from, to, byAgency, byDistrict, times(allDays),
                    actions(actionAgency, names.agencies()), actions(actionType, names.types()), outcomes(q.outcomes()),
                    q.overdue(today), marks(q, late, t), transfers(q.transfers()));
        });
    }

    /** Sets the weekly marks' parameters on {@code q}: the longest wait and the meetings whose minutes are late. */
    private static DashboardQueries withMarks(DashboardQueries q, Timescales t, List<Object[]> late, LocalDate today) {
        return q.marks(today.minusDays(t.longestWaitDays()), late.stream().map(r -> (Long) r[0]).toList());
    }

    /**
     * Meetings held in the period (not cancelled, on or before today) whose minutes went late or are overdue, as
     * {id, district}: {@link Timescales#minutesMissed}, as {@code exchange.exports.MinutesDeadline} uses it (decision
     * 0059; the first copy in the export register decides).
     */
    private List<Object[]> late(org.hibernate.Session s, LocalDate from, LocalDate to, Timescales t,
                                LocalDate today) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : s.createSelectionQuery("select m.id, m.meetingDate, m.district,"
                + " (select min(x.exportedAt) from ExportRecord x where x.kind = 'minutes' and x.meetingId = m.id)"
                + " from Meeting m where m.meetingDate between :f and :t"
                + " and m.status <> org.maracdesk.casework.MeetingStatus.CANCELLED order by m.meetingDate, m.id",
                Object[].class).setParameter("f", from).setParameter("t", to.isAfter(today) ? today : to)
                .getResultList()) {
            LocalDate sent = r[3] == null ? null : ((java.time.Instant) r[3]).atZone(clock.getZone()).toLocalDate();
            if (t.minutesMissed((LocalDate) r[1], sent, today)) {
                out.add(new Object[] {r[0], r[2]});
            }
        }
        return out;
    }

    /** Weekly marks by district: waiting referrals in scope counted in the database, late minutes per meeting. */
    private static List<DashboardFigures.Marks> marks(DashboardQueries q, List<Object[]> late, Timescales t) {
        Map<String, long[]> by = new TreeMap<>();
        for (Object[] r : q.waitingOverLimit()) {
            by.computeIfAbsent((String) r[0], k -> new long[2])[0] += num(r[1]);
        }
        for (Object[] d : late) {
            by.computeIfAbsent(d[1] == null ? "" : (String) d[1], k -> new long[2])[1]++;
        }
        return by.entrySet().stream().map(e -> new DashboardFigures.Marks(e.getKey(), e.getValue()[0],
                e.getValue()[1], t.longestWaitDays())).toList();
    }

    /**
     * The cases behind one figure, in the account's scope, by reference: {@code dimension} null for the
     * period's total, {@code key} the group's code ("" for not recorded). Showing the list is audited (how
     * many cases, never which).
     */
    public List<DashboardCase> cases(LocalDate from, LocalDate to, DashboardMeasure measure, Dimension dimension,
                                     String key) {
        check(from, to);
        AccountInfo who = users.current();
        List<DashboardCase> out = stores.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.seesCases()) {
                throw new NotPermittedException(who.role(), "this account sees no case data");
            }
            List<DashboardCase> cases = new ArrayList<>();
            LocalDate today = LocalDate.now(clock);
            Timescales t = Settings.current(s).timescales();
            DashboardQueries q = withMarks(new DashboardQueries(s, scope, from, to), t, late(s, from, to, t, today),
                    today);
            for (Object[] r : q.cases(measure, dimension, key)) {
                cases.add(new DashboardCase(num(r[0]), (String) r[1], (String) r[2], date(r[3]), "OPEN".equals(r[4])));
            }
            return cases;
        });
        if (!out.isEmpty()) {
            audit.append(stores.store(), who.username(), AuditAction.CASE_LIST_VIEWED, "dashboard",
                    String.valueOf(out.size()), null);
        }
        return out;
    }

    private static void check(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("give a period whose last day is on or after its first");
        }
        if (to.toEpochDay() - from.toEpochDay() > MAX_DAYS) {
            throw new IllegalArgumentException("give a period of ten years or less");
        }
    }

    private static List<Group> groups(Map<String, long[]> counts, Map<String, Map<Integer, Long>> days,
                                      Map<String, String> names) {
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            out.add(new Group(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0],
                    e.getValue()[1], times(days.getOrDefault(e.getKey(), Map.of()))));
        }
        return List.copyOf(out);
    }

    /** Median and 90th percentile by nearest rank over a histogram of days (ordered by days). */
    static Times times(Map<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return Times.NONE;
        }
        return new Times(n, rank(new TreeMap<>(histogram), (n + 1) / 2), rank(new TreeMap<>(histogram),
                (long) Math.ceil(0.9 * n)));
    }

    private static int rank(TreeMap<Integer, Long> histogram, long wanted) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= wanted) {
                return e.getKey();
            }
        }
        return histogram.lastKey();
    }

    private static List<Actions> actions(Map<String, long[]> counts, Map<String, String> names) {
        return counts.entrySet().stream().map(e -> {
            long[] v = e.getValue();
            return new Actions(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), v[0], v[1], v[2], v[3], v[4]);
        }).toList();
    }

    /** Rows of (area, direction, count) as one line per area, in and out, by area. */
    private static List<DashboardFigures.Transfers> transfers(List<Object[]> rows) {
        Map<String, long[]> by = new TreeMap<>();
        for (Object[] r : rows) {
            by.computeIfAbsent((String) r[0], k -> new long[2])["IN".equals(r[1]) ? 0 : 1] += num(r[2]);
        }
        return by.entrySet().stream().map(e -> new DashboardFigures.Transfers(e.getKey(), e.getValue()[0],
                e.getValue()[1])).toList();
    }

    private static List<Outcomes> outcomes(List<Object[]> rows) {
        Map<String, Map<CaseOutcome, Long>> by = new TreeMap<>();
        for (Object[] r : rows) {
            CaseOutcome o = CaseOutcome.valueOf((String) r[1]);
            by.computeIfAbsent((String) r[0], k -> new EnumMap<>(CaseOutcome.class)).merge(o, num(r[2]), Long::sum);
        }
        return by.entrySet().stream().map(e -> new Outcomes(e.getKey(), Map.copyOf(e.getValue()))).toList();
    }

    private static void add(Map<String, long[]> to, String key, long referrals, long repeats) {
        long[] c = to.computeIfAbsent(key, k -> new long[2]);
        c[0] += referrals;
        c[1] += repeats;
    }

    private static void merge(Map<String, long[]> to, String key, long[] values) {
        long[] c = to.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            c[i] += values[i];
        }
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** Agency and action type names by code. */
    private record Names(Map<String, String> agencies, Map<String, String> types) {
        Names(List<Object[]> rows) {
            this(new HashMap<>(), new HashMap<>());
            for (Object[] r : rows) {
                ("A".equals(String.valueOf(r[0])) ? agencies : types).put((String) r[1], (String) r[2]);
            }
        }
    }
}
