package org.maracdesk.exchange.exports;

import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.WithheldCases;
import org.maracdesk.casework.actions.ActionQueries;
import org.maracdesk.casework.actions.ActionRow;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;

/** The actions an action summary holds: one case's, or an Idva's caseload, within the account's scope. */
final class ActionSummaryQuery {
    private ActionSummaryQuery() {
    }

    record Summary(List<ActionRow> actions, int cases, int withheld, String agency) {
    }

    /** An Idva's caseload, until caseloads are recorded: the cases on which their agency has open actions. */
    static Summary read(Session s, AccountInfo who, boolean coordinator, String caseReference, String idvaUser) {
        String agency = idvaUser == null ? (who.agencyCode() == null ? "idva" : who.agencyCode())
                : s.createSelectionQuery("select a.agencyCode from Account a where a.username = :u", String.class)
                .setParameter("u", idvaUser).getResultList().stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--idva: there is no account " + idvaUser));
        if (agency == null) {
            throw new IllegalArgumentException("--idva: the account " + idvaUser + " has no agency");
        }
        Set<Long> caseload = Set.copyOf(s.createSelectionQuery("select distinct a.maracCase.id from ActionItem a"
                + " where a.agencyCode = :agency and a.status = :open", Long.class).setParameter("agency", agency)
                .setParameter("open", org.maracdesk.casework.ActionStatus.OPEN).getResultList());
        List<ActionRow> actions = caseReference != null
                ? ActionQueries.where(s, "c.reference = :ref", "ref", caseReference)
                : ActionQueries.where(s, "c.id in :ids", "ids", caseload.isEmpty() ? Set.of(-1L) : caseload);
        if (caseReference != null) {
            long found = s.createSelectionQuery("select count(c) from MaracCase c where c.reference = :ref", Long.class)
                    .setParameter("ref", caseReference).getSingleResult();
            if (found == 0) {
                throw new IllegalArgumentException("--case: there is no case " + caseReference);
            }
            if (!coordinator && !actions.isEmpty() && !caseload.contains(actions.get(0).caseId())) {
                throw new NotPermittedException(who.role(), Permission.EXPORT_FULL_MINUTES);
            }
        }
        CaseScope scope = CaseScope.of(s, who);
        Set<Long> barred = coordinator && idvaUser == null ? Set.of() : WithheldCases.fromAgency(s, agency);
        java.util.function.LongPredicate hidden = id -> barred.contains(id) || !scope.includes(id);
        List<ActionRow> kept = actions.stream().filter(a -> !hidden.test(a.caseId())).toList();
        int withheld = (int) actions.stream().filter(a -> hidden.test(a.caseId())).map(ActionRow::caseId)
                .distinct().count();
        int cases = (int) kept.stream().map(ActionRow::caseId).distinct().count();
        return new Summary(kept, cases, withheld, agency);
    }
}
