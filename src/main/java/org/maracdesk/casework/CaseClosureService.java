package org.maracdesk.casework;

import java.time.Clock;
import java.time.LocalDate;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * Closes and reopens cases (coordinator), each with its reason, in the audit trail. A closed case
 * keeps everything; its retention periods count from the closure when that is the latest date, and
 * a new accepted referral for the victim opens it again.
 */
public final class CaseClosureService {
    private static final int REASON_MAX = 2000;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public CaseClosureService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** What closing did: the date, and how many actions were still open (they stay open, to be followed up). */
    public record Closed(LocalDate closedOn, int openActions) {
    }

    /**
     * @throws IllegalArgumentException when there is no such case in the account's scope, it is
     *                                  already closed, or the reason is missing or too long
     */
    public Closed close(String caseReference, CaseOutcome outcome, String reason) {
        AccountInfo who = coordinator();
        if (outcome == null) {
            throw new IllegalArgumentException("choose the outcome: one of " + CaseOutcome.codes());
        }
        String why = reason(reason, "say why the case is closed");
        Store store = stores.store();
        return store.inTransaction(s -> {
            MaracCase c = theCase(s, who, caseReference);
            if (c.getStatus() == CaseStatus.CLOSED) {
                throw new IllegalArgumentException("case " + caseReference + " is already closed (since "
                        + c.getClosedOn() + ")");
            }
            LocalDate today = LocalDate.now(clock);
            c.close(today, outcome, why);
            long open = s.createSelectionQuery("select count(a) from ActionItem a where a.maracCase = :c"
                    + " and a.status = :open", Long.class).setParameter("c", c)
                    .setParameter("open", ActionStatus.OPEN).getSingleResult();
            audit.append(store, s, who.username(), AuditAction.CHANGED, "case-closed", caseReference,
                    AuditDigest.of(store, outcome.code(), why));
            return new Closed(today, (int) open);
        });
    }

    /** Opens a closed case again, with the reason. */
    public void reopen(String caseReference, String reason) {
        AccountInfo who = coordinator();
        String why = reason(reason, "say why the case is opened again");
        Store store = stores.store();
        store.doInTransaction(s -> {
            MaracCase c = theCase(s, who, caseReference);
            if (c.getStatus() != CaseStatus.CLOSED) {
                throw new IllegalArgumentException("case " + caseReference + " is open");
            }
            c.reopen();
            audit.append(store, s, who.username(), AuditAction.CHANGED, "case-reopened", caseReference,
                    AuditDigest.of(store, why));
        });
    }

    private AccountInfo coordinator() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        return who;
    }

    private static String reason(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(missing);
        }
        String r = reason.strip();
        if (r.length() > REASON_MAX) {
            throw new IllegalArgumentException("the reason is longer than " + REASON_MAX + " characters; shorten it");
        }
        return r;
    }

    /** The case by reference, refused as missing when it is outside the account's scope. */
    private static MaracCase theCase(Session s, AccountInfo who, String reference) {
        MaracCase c = s.createSelectionQuery("from MaracCase c where c.reference = :r", MaracCase.class)
                .setParameter("r", reference).getSingleResultOrNull();
        if (c == null || !CaseScope.of(s, who).includes(c.getId())) {
            throw new IllegalArgumentException("there is no case " + reference + " among the cases you may see");
        }
        return c;
    }
}
