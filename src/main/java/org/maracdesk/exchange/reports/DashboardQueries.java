package org.maracdesk.exchange.reports;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.exchange.reports.DashboardMeasure.Dimension;
import org.maracdesk.store.StoreKind;

/**
 * The dashboard's aggregate queries (native SQL, grouped in the database, one row per group): each adds the
 * account's scope ({@link CaseScope#sqlCondition}) to the rows its measure counts. No query returns a row
 * per case except the drill-down, which returns the cases behind one figure.
 */
final class DashboardQueries {
    private final Session s;
    private final CaseScope scope;
    private final LocalDate from;
    private final LocalDate to;
    /** Values of the measures' other parameters ({@code :waitedBefore}, {@code :lateMeetings}), bound where used. */
    private final Map<String, Object> more = new java.util.HashMap<>();

    DashboardQueries(Session s, CaseScope scope, LocalDate from, LocalDate to) {
        this.s = s;
        this.scope = scope;
        this.from = from;
        this.to = to;
    }

    /**
     * The weekly marks' parameters: referrals made before {@code waitedBefore} have waited past the longest wait;
     * {@code lateMeetings} the meetings whose minutes are late (none: no row matches).
     */
    DashboardQueries marks(LocalDate waitedBefore, List<Long> lateMeetings) {
        more.put("waitedBefore", Date.valueOf(waitedBefore));
        more.put("lateMeetings", lateMeetings.isEmpty() ? List.of(-1L) : lateMeetings);
        return this;
    }

    /** Referrals waiting past the longest wait today, by the case's district. */
    List<Object[]> waitingOverLimit() {
        DashboardMeasure m = DashboardMeasure.WAITING_OVER_LIMIT;
        String district = m.column(Dimension.DISTRICT);
        return query("select " + district + ", count(*)" + m.fromWhere() + scoped("c.id") + " group by " + district);
    }

    /** Accepted referrals and repeats by (agency, district). */
    List<Object[]> referrals() {
        DashboardMeasure m = DashboardMeasure.REFERRALS;
        String agency = m.column(Dimension.AGENCY);
        String district = m.column(Dimension.DISTRICT);
        return query("select " + agency + ", " + district + ", count(*),"
                + " sum(case when r.repeat_referral = true then 1 else 0 end)" + m.fromWhere() + scoped("c.id")
                + " group by " + agency + ", " + district);
    }

    /**
     * Listed referrals by (agency, district, days from referral to first listing): the first listing is found
     * per referral inside the database, and only the groups come back.
     */
    List<Object[]> listingDays(StoreKind kind) {
        DashboardMeasure m = DashboardMeasure.LISTED;
        String days = kind == StoreKind.POSTGRESQL ? "(min(fm.meeting_date) - r.referral_date)"
                : "datediff(day, r.referral_date, min(fm.meeting_date))";
        String first = "select " + m.column(Dimension.AGENCY) + " agency, " + m.column(Dimension.DISTRICT)
                + " district, " + days + " days" + DashboardMeasure.REFERRALS.fromWhere().replaceFirst(" where ",
                " join listing fl on fl.referral_id = r.id join meeting fm on fm.id = fl.meeting_id where ")
                + " and fm.status <> 'CANCELLED'" + scoped("c.id")
                + " group by r.id, r.referring_agency, c.district, r.referral_date";
        return query("select x.agency, x.district, x.days, count(*) from (" + first + ") x"
                + " group by x.agency, x.district, x.days");
    }

    /** Actions due in the period by (agency, type): due, done on time, done late, not done or not possible, open. */
    List<Object[]> actions() {
        DashboardMeasure m = DashboardMeasure.ACTIONS_DUE;
        return query("select a.agency_code, a.type_code, count(*),"
                + " sum(case when a.status = 'DONE' and a.completed_on <= a.due_date then 1 else 0 end),"
                + " sum(case when a.status = 'DONE' and (a.completed_on is null or a.completed_on > a.due_date)"
                + " then 1 else 0 end),"
                + " sum(case when a.status in ('NOT_DONE', 'NOT_POSSIBLE') then 1 else 0 end),"
                + " sum(case when a.status = 'OPEN' then 1 else 0 end)"
                + m.fromWhere() + scoped("c.id") + " group by a.agency_code, a.type_code");
    }

    /** Cases closed in the period by (district, outcome). */
    List<Object[]> outcomes() {
        DashboardMeasure m = DashboardMeasure.CLOSED;
        String district = m.column(Dimension.DISTRICT);
        String outcome = m.column(Dimension.OUTCOME);
        return query("select " + district + ", " + outcome + ", count(*)" + m.fromWhere() + scoped("c.id")
                + " group by " + district + ", " + outcome);
    }

    /** Transfers between MARACs of the period by (other area, direction): direction IN or OUT. */
    List<Object[]> transfers() {
        DashboardMeasure m = DashboardMeasure.TRANSFERS;
        String area = m.column(Dimension.AREA);
        return query("select " + area + ", t.direction, count(*)" + m.fromWhere() + scoped("c.id")
                + " group by " + area + ", t.direction");
    }

    /** Open actions whose due date is before {@code today}. */
    long overdue(LocalDate today) {
        var q = s.createNativeQuery("select count(*) from action_item a where a.status = 'OPEN'"
                + " and a.due_date < :today" + scoped("a.case_id"), Object.class).setParameter("today", Date.valueOf(today));
        scope.sqlCondition("a.case_id").parameters().forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Code and name of each agency and each action type (one query). */
    List<Object[]> names() {
        return s.createNativeQuery("select 'A', code, name from marac_agency union all"
                + " select 'T', code, name from action_type", Object[].class).getResultList();
    }

    /** The cases behind one figure: id, reference, district, opened on, status; by reference. */
    List<Object[]> cases(DashboardMeasure m, Dimension d, String key) {
        String column = d == null ? null : m.column(d);
        if (d != null && column == null) {
            throw new IllegalArgumentException("no breakdown of " + m + " by " + d);
        }
        String sql = "select distinct c.id, c.reference, c.district, c.opened_on, c.status" + m.fromWhere()
                + (column == null ? "" : " and " + column + " = :key") + scoped("c.id") + " order by c.reference";
        NativeQuery<Object[]> q = dated(s.createNativeQuery(sql, Object[].class), sql);
        if (column != null) {
            q.setParameter("key", key == null ? "" : key);
        }
        scope.sqlCondition("c.id").parameters().forEach(q::setParameter);
        return new ArrayList<>(q.getResultList());
    }

    private String scoped(String caseId) {
        return " and " + scope.sqlCondition(caseId).sql();
    }

    private List<Object[]> query(String sql) {
        NativeQuery<Object[]> q = dated(s.createNativeQuery(sql, Object[].class), sql);
        for (Map.Entry<String, Object> p : scope.sqlCondition("c.id").parameters().entrySet()) {
            q.setParameter(p.getKey(), p.getValue());
        }
        return q.getResultList();
    }

    /** Binds the period and the marks' parameters that {@code sql} uses (a measure may use none of them). */
    private NativeQuery<Object[]> dated(NativeQuery<Object[]> q, String sql) {
        Map<String, Object> all = new java.util.HashMap<>(more);
        all.put("from", Date.valueOf(from));
        all.put("to", Date.valueOf(to));
        for (Map.Entry<String, Object> p : all.entrySet()) {
            if (java.util.regex.Pattern.compile(":" + p.getKey() + "\\b").matcher(sql).find()) {
                if (p.getValue() instanceof java.util.Collection<?> c) {
                    q.setParameterList(p.getKey(), c);
                } else {
                    q.setParameter(p.getKey(), p.getValue());
                }
            }
        }
        return q;
    }
}
