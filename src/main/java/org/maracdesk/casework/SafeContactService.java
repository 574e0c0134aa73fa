package org.maracdesk.casework;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * The victim's safe address and contact details, shown one case at a time to those the
 * {@link SafeContactRule} allows, each showing recorded in the audit trail as such. Which agencies
 * see them is set with the agency list ({@code MeetingSetupService.setSafeContact}).
 */
public final class SafeContactService {
    /** What the audit trail calls a showing of safe contact details (the case id is listed with it). */
    public static final String AUDITED_AS = "safe-contact";

    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;

    public SafeContactService(StoreProvider stores, CurrentUser users, AuditLog audit) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
    }

    /**
     * The victim's current address and safe contact details of one case, audited; empty when the
     * account's role or agency does not see them (the MARAC coordinator holds them). Nothing is
     * audited then, since nothing was shown.
     *
     * @throws NotPermittedException when the case is not in the account's scope (the same whether or not it exists)
     */
    public Optional<SafeContact> reveal(long caseId) {
        AccountInfo who = users.current();
        Store store = stores.store();
        return store.inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            if (!scope.includes(caseId)) {
                throw new NotPermittedException(who == null ? null : who.role(), Permission.VIEW_ALL_CASES);
            }
            if (!scope.seesSafeContact()) {
                return Optional.empty();
            }
            SafeContact contact = victimContact(s, scope, caseId);
            new ReadAudit(audit).shown(store, s, who, AUDITED_AS, caseId, List.of(caseId));
            return Optional.of(contact);
        });
    }

    /**
     * The victim's details of one case, for a caller that records the showing in the audit trail.
     *
     * @throws NotPermittedException when the scope does not include the case or does not see safe contact details
     */
    public static SafeContact victimContact(Session s, CaseScope scope, long caseId) {
        if (!scope.includes(caseId) || !scope.seesSafeContact()) {
            AccountInfo who = scope.account();
            throw new NotPermittedException(who == null ? null : who.role(), Permission.VIEW_ALL_CASES);
        }
        Object[] r = s.createSelectionQuery("select v.addressLine1, v.town, v.postcode, v.contact.phone,"
                        + " v.contact.email, v.contact.safeToCall, v.contact.safeTimes, v.contact.safeContact"
                        + " from MaracCase c join c.victim v where c.id = :id", Object[].class)
                .setParameter("id", caseId).uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("there is no case with that number"));
        return new SafeContact((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (Boolean) r[5], (String) r[6], (String) r[7]);
    }
}
