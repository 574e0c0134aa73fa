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
                    "select c.id, c.reference, v.givenName, v.familyName, c.district, c.openedOn"
                            + " from MaracCase c join c.victim v order by c.openedOn desc, c.id desc", Object[].class)
                    .getResultList()) {
                long id = (Long) c[0];
                if (!scope.includes(id)) {
                    continue;
                }
                Object[] ref = latest.get(id);
                Object[] lst = listed.get(id);
                out.add(new CaseSummary(id, (String) c[1], c[2] + " " + c[3], (String) c[4], (LocalDate) c[5],
                        ref == null ? null : (LocalDate) ref[1], ref == null ? null : (Integer) ref[2],
                        ref == null ? null : (String) ref[3],
                        lst != null && ((Number) lst[2]).intValue() == 1 || ref != null && (Boolean) ref[4],
                        lst == null ? null : (LocalDate) lst[1],
                        open.getOrDefault(id, 0L), children.getOrDefault(id, 0L)));
            }
            return out;
        });
        if (!shown.isEmpty()) {
            audit.append(stores.store(), who.username(), AuditAction.CASE_LIST_VIEWED, "cases",
                    String.valueOf(shown.size()), null);
        }
        return shown;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return m;
    }
}
