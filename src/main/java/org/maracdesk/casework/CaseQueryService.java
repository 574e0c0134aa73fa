package org.maracdesk.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.store.StoreProvider;

/** Read-only views of cases for lists and dashboards. */
public final class CaseQueryService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;

    public CaseQueryService(StoreProvider stores, CurrentUser users, AuditLog audit) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
    }

    /** How many cases the signed-in account may see (see {@link CaseScope}), counted in SQL. */
    public long countCases() {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (scope.includesEveryCase()) {
                long all = s.createSelectionQuery("select count(c) from MaracCase c", Long.class).getSingleResult();
                return all - scope.withheldCases().size();
            }
            return (long) scope.caseIds().size();
        });
    }

    /** How many cases a must-not-receive entry withholds from the signed-in account (never which). */
    public int withheldCount() {
        AccountInfo who = users.current();
        return stores.store().read(s -> CaseScope.of(s, who).withheldCases().size());
    }

    /**
     * The cases the signed-in account may see ({@link CaseScope}: every case for coordinators and
     * administrators, narrower sets for the other roles), newest first, with the latest
     * referral's score and the listing history. A case is a repeat when it was listed as one or
     * its latest referral is marked repeat. Showing the list is audited (how many cases).
     */
    public List<CaseSummary> listCases() {
        AccountInfo who = users.current();
        List<CaseSummary> shown = stores.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.seesCases()) {
                return List.<CaseSummary>of();
            }
            Map<Long, Object[]> latest = new HashMap<>();
            for (Object[] r : s.createSelectionQuery(
                    "select r.maracCase.id, r.referralDate, r.score, r.band, r.repeatReferral from Referral r"
                            + " where r.maracCase is not null order by r.referralDate, r.id", Object[].class).getResultList()) {
                latest.put((Long) r[0], r);
            }
            Map<Long, Object[]> listed = new HashMap<>();
            for (Object[] r : s.createSelectionQuery(
                    "select l.maracCase.id, max(l.meeting.meetingDate), max(case when l.repeatListing then 1 else 0 end)"
                            + " from Listing l group by l.maracCase.id", Object[].class).getResultList()) {
                listed.put((Long) r[0], r);
            }
            Map<Long, Long> open = counts(s.createSelectionQuery(
                    "select a.maracCase.id, count(a) from ActionItem a where a.status = :open group by a.maracCase.id",
                    Object[].class).setParameter("open", ActionStatus.OPEN).getResultList());
            Map<Long, Long> children = counts(s.createSelectionQuery(
                    "select c.id, count(k) from MaracCase c join c.children k group by c.id", Object[].class)
                    .getResultList());
            List<CaseSummary> out = new ArrayList<>();
            for (Object[] c : s.createSelectionQuery(
                    "select c.id, c.reference, v.givenName, v.familyName, c.district, c.openedOn, c.status"
                            + " from MaracCase c join c.victim v order by c.openedOn desc, c.id desc", Object[].class)
                    .getResultList()) {
                long id = (Long) c[0];
                if (!scope.includes(id)) {
                    continue;
                }
                out.add(row(c, latest.get(id), listed.get(id), open.getOrDefault(id, 0L),
                        children.getOrDefault(id, 0L)));
            }
            return out;
        });
        if (!shown.isEmpty()) {
            audit.append(stores.store(), who.username(), AuditAction.CASE_LIST_VIEWED, "cases",
                    String.valueOf(shown.size()), null);
        }
        return shown;
    }

    /**
     * One page of the cases the account may see, filtered, sorted, counted and paged from the
     * database's indexes (decision 0032): without a filter the need-to-know scope is part of the query;
     * a filter's matches come from index ranges and {@link CaseFilter} applies the scope to them. Showing
     * the page is audited with the case ids on it.
     */
    public CasePage page(CasePage.Request request) {
        return page(request, true);
    }

    /**
     * As {@link #page}, but without a filter the cases are not counted ({@link CasePage#UNCOUNTED}): that count
     * walks the index entry of every open case (about 240 ms at 100,000 cases in a vault just opened), so the
     * list shows its rows first and asks {@link #count} afterwards (decision 0077).
     */
    public CasePage pageUncounted(CasePage.Request request) {
        return page(request, false);
    }

    /** How many cases {@code request} matches in all, within the account's scope, as {@link #page} counts them. */
    public long count(CasePage.Request request) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.seesCases() || !scope.includesEveryCase() && scope.caseIds().isEmpty()) {
                return 0L;
            }
            CaseFilter filter = CaseFilter.of(request.filter());
            if (!filter.isEmpty()) {
                return (long) matches(s, scope, filter, request).size();
            }
            var count = s.createNativeQuery("select count(*)" + where(scope, request), Long.class);
            bindScope(count, scope);
            return ((Number) count.getSingleResult()).longValue();
        });
    }

    private CasePage page(CasePage.Request request, boolean counted) {
        AccountInfo who = users.current();
        return stores.store().inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.seesCases() || !scope.includesEveryCase() && scope.caseIds().isEmpty()) {
                return new CasePage(List.of(), 0, request.offset());
            }
            CaseFilter filter = CaseFilter.of(request.filter());
            long total;
            List<Long> pageIds;
            if (!filter.isEmpty()) {
                List<CaseFilter.Match> shown = matches(s, scope, filter, request);
                total = shown.size();
                pageIds = shown.stream().skip(request.offset()).limit(request.limit()).map(CaseFilter.Match::id).toList();
            } else {
                var ids = s.createNativeQuery("select c.id" + where(scope, request) + " order by "
                        + request.sort().orderBy(request.descending(), !request.includeClosed()), Long.class);
                bindScope(ids, scope);
                if (counted) {
                    var count = s.createNativeQuery("select count(*)" + where(scope, request), Long.class);
                    bindScope(count, scope);
                    total = ((Number) count.getSingleResult()).longValue();
                } else {
                    total = CasePage.UNCOUNTED;
                }
                pageIds = request.sort() == CasePage.Sort.VICTIM
                        ? VictimOrder.page(s, scope, request)
                        : ids.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList()
                        .stream().map(n -> ((Number) n).longValue()).toList();
            }
            List<CaseSummary> rows = summaries(s, pageIds);
            new ReadAudit(audit).shown(stores.store(), s, who, "case-list", null, pageIds);
            return new CasePage(rows, total, request.offset());
        });
    }

    private static List<CaseFilter.Match> matches(org.hibernate.Session s, CaseScope scope, CaseFilter filter,
                                                  CasePage.Request request) {
        return filter.matches(s, scope, request.sort() == CasePage.Sort.VICTIM).stream()
                .filter(m -> request.includeClosed() || m.open())
                .sorted(CaseFilter.order(request.sort(), request.descending()))
                .toList();
    }

    /** The unfiltered list's condition on {@code marac_case c}: the account's scope, and open cases unless asked. */
    private static String where(CaseScope scope, CasePage.Request request) {
        StringBuilder where = new StringBuilder(" from marac_case c where 1 = 1");
        if (!scope.includesEveryCase()) {
            where.append(" and c.id in (:scope)");
        } else if (!scope.withheldCases().isEmpty()) {
            where.append(" and c.id not in (:scope)");
        }
        if (!request.includeClosed()) {
            where.append(" and c.status = 'OPEN'");
        }
        return where.toString();
    }

    private static void bindScope(org.hibernate.query.NativeQuery<?> q, CaseScope scope) {
        if (!scope.includesEveryCase()) {
            q.setParameter("scope", scope.caseIds());
        } else if (!scope.withheldCases().isEmpty()) {
            q.setParameter("scope", scope.withheldCases());
        }
    }

    /**
     * The queries of a page's rows (in {@link #summaries}' order), named so that the ORM can parse them before the
     * first page is asked for ({@code PersistenceUnits}).
     */
    public static final List<String> ROW_QUERIES = List.of(
            "select r.maracCase.id, r.referralDate, r.score, r.band, r.repeatReferral from Referral r"
                    + " where r.maracCase.id in :ids order by r.referralDate, r.id",
            "select l.maracCase.id, max(l.meeting.meetingDate), max(case when l.repeatListing then 1 else 0 end)"
                    + " from Listing l where l.maracCase.id in :ids group by l.maracCase.id",
            "select a.maracCase.id, count(a) from ActionItem a where a.status = :open and a.maracCase.id in :ids"
                    + " group by a.maracCase.id",
            "select c.id, count(k) from MaracCase c join c.children k where c.id in :ids group by c.id",
            "select c.id, c.reference, v.givenName, v.familyName, c.district, c.openedOn, c.status from MaracCase c"
                    + " join c.victim v where c.id in :ids");

    /** The list rows of these cases, in the order given, with their referral, listing and action figures. */
    private static List<CaseSummary> summaries(org.hibernate.Session s, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> latest = new HashMap<>();
        for (Object[] r : s.createSelectionQuery(ROW_QUERIES.get(0), Object[].class).setParameter("ids", ids)
                .getResultList()) {
            latest.put((Long) r[0], r);
        }
        Map<Long, Object[]> listed = new HashMap<>();
        for (Object[] r : s.createSelectionQuery(ROW_QUERIES.get(1), Object[].class).setParameter("ids", ids)
                .getResultList()) {
            listed.put((Long) r[0], r);
        }
        Map<Long, Long> open = counts(s.createSelectionQuery(ROW_QUERIES.get(2), Object[].class)
                .setParameter("open", ActionStatus.OPEN).setParameter("ids", ids).getResultList());
        Map<Long, Long> children = counts(s.createSelectionQuery(ROW_QUERIES.get(3), Object[].class)
                .setParameter("ids", ids).getResultList());
        Map<Long, CaseSummary> byId = new HashMap<>();
        for (Object[] c : s.createSelectionQuery(ROW_QUERIES.get(4), Object[].class).setParameter("ids", ids)
                .getResultList()) {
            long id = (Long) c[0];
            byId.put(id, row(c, latest.get(id), listed.get(id), open.getOrDefault(id, 0L),
                    children.getOrDefault(id, 0L)));
        }
        return ids.stream().map(byId::get).toList();
    }

    /** A list row from the case's columns, its latest referral and its listing summary (either may be null). */
    private static CaseSummary row(Object[] c, Object[] ref, Object[] lst, long openActions, long children) {
        return new CaseSummary((Long) c[0], (String) c[1], c[2] + " " + c[3], (String) c[4], (LocalDate) c[5],
                ref == null ? null : (LocalDate) ref[1], ref == null ? null : (Integer) ref[2],
                ref == null ? null : (String) ref[3],
                lst != null && ((Number) lst[2]).intValue() == 1 || ref != null && (Boolean) ref[4],
                lst == null ? null : (LocalDate) lst[1], openActions, children, (CaseStatus) c[6]);
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return m;
    }
}
