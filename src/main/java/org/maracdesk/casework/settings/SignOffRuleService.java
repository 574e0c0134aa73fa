package org.maracdesk.casework.settings;

import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * The local setting "manager sign-off required" (decision 0060): everyone signed in reads it, because the
 * referral form and the import check against it; the coordinator changes it. A change adds the next version
 * with who, when and why, a line in the change history (before and after) and a CHANGED audit entry.
 */
public final class SignOffRuleService {
    /** The record type of its lines in the change history. */
    public static final String RECORD_TYPE = "signoff_rule";
    private static final int REASON_MAX = 2000;

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public SignOffRuleService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rule in force now. */
    public SignOffRule current() {
        if (users.current() == null) {
            throw new org.maracdesk.common.StoreUnavailableException("nobody is signed in");
        }
        return stores.store().read(SignOffRule::current);
    }

    /**
     * Requires the manager's sign-off on every referral recorded from now on, or stops requiring it.
     *
     * @param basedOn the version shown when the change was asked for
     * @throws IllegalArgumentException saying what is wrong; nothing was saved
     * @throws ConcurrentChangeException when another version was saved since {@code basedOn}
     */
    public SignOffRule change(int basedOn, boolean required, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("reason: say why (for example the steering group's decision and its"
                    + " date)");
        }
        if (why.length() > REASON_MAX) {
            throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
        }
        return stores.store().inTransaction(s -> save(s, who, basedOn, required, why));
    }

    private SignOffRule save(Session s, AccountInfo who, int basedOn, boolean required, String reason) {
        SignOffRule old = SignOffRule.current(s);
        if (old.version() != basedOn) {
            throw new ConcurrentChangeException(old.changedBy(), old.changedAt(), null);
        }
        if (old.required() == required) {
            throw new IllegalArgumentException("nothing to save: the manager's sign-off is "
                    + (required ? "already required" : "already not required"));
        }
        Instant now = clock.instant();
        SignOffRule next = new SignOffRule(old.version() + 1, required, now, who.username(), reason);
        s.createNativeMutationQuery("insert into signoff_rule (version, required, changed_at, changed_by, reason)"
                + " values (:v, :r, :at, :by, :why)").setParameter("v", next.version()).setParameter("r", required)
                .setParameter("at", now).setParameter("by", who.username()).setParameter("why", reason)
                .executeUpdate();
        new ChangeHistory(s, RECORD_TYPE, next.version(), null, who.username(), now)
                .field("managerSignOffRequired", old.required(), required, reason);
        audit.append(stores.store(), s, who.username(), AuditAction.CHANGED, RECORD_TYPE,
                String.valueOf(next.version()), AuditDigest.of(stores.store(), String.valueOf(required), reason));
        return next;
    }
}
