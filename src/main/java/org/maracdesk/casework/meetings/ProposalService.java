package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionType;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.actions.ActionTypeService;
import org.maracdesk.casework.actions.ActionTypeView;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Pre-meeting action planning (issue 16, decision 0049). An agency representative proposes actions for a case
 * their agency researches, and changes or withdraws them until the meeting decides; the meeting agrees a
 * proposal as it stands or changed (it becomes an agreed action) or does not agree it, with the reason. Every
 * read is within the account's {@link CaseScope}; every change is in the audit trail (digests) and the
 * change history (old and new values).
 */
public final class ProposalService {
    /** The change-history record type of proposed actions. */
    public static final String RECORD = "proposed_action";
    private final StoreProvider stores;
    private final CurrentUser users;
    private final ChangeLog changes;
    private final ReadAudit reads;
    private final Clock clock;
    private final ActionTypeService types;

    public ProposalService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock,
                           ActionTypeService types) {
        this.stores = stores;
        this.users = users;
        this.changes = new ChangeLog(stores, users, audit);
        this.reads = new ReadAudit(audit);
        this.clock = clock;
        this.types = types;
    }

    /** The action types a proposal can have (the MARAC's active types, in its order). */
    public List<ActionTypeView> actionTypes() {
        return types.activeTypes();
    }

    /** The agency's own proposals on the case of one of its research requests, oldest first; the showing is audited. */
    public List<ProposalView> mine(long requestId) {
        AccountInfo who = users.current();
        String agency = agencyOf(who);
        return stores.store().inTransaction(s -> {
            ResearchRequest r = request(s, requestId, agency, who);
            List<ProposalView> out = new ArrayList<>();
            for (ProposedAction p : s.createSelectionQuery("from ProposedAction p where p.listing = :l and"
                    + " p.agencyCode = :a and p.withdrawnAt is null order by p.id", ProposedAction.class)
                    .setParameter("l", r.getListing()).setParameter("a", agency).getResultList()) {
                out.add(view(p));
            }
            reads.shown(stores.store(), s, who, RECORD, requestId, List.of(caseOf(r.getListing())));
            return out;
        });
    }

    /** The agency proposes an action for the case of its research request, while the meeting is not closed. */
    public long propose(long requestId, ProposalDraft draft) {
        AccountInfo who = users.current();
        String agency = agencyOf(who);
        String what = Text.required(draft.description(), "action description", 4000);
        requireTarget(draft);
        return stores.store().inTransaction(s -> {
            ResearchRequest r = request(s, requestId, agency, who);
            Headers.requireOpen(r.getListing().getMeeting());
            ActionType type = ActionTypeService.forAction(s, draft.typeCode(), null);
            ProposedAction p = new ProposedAction(r.getListing(), agency, Text.optional(draft.owner(), "owner", 200),
                    draft.target(), what, draft.dueDate(), who.username(), clock.instant());
            p.change(type.getCode(), p.getOwnerName(), p.getTarget(), what, p.getDueDate());
            s.persist(p);
            s.flush();
            changes.changed(s, RECORD, p.getId(), "proposed", agency, type.getCode(), what);
            return p.getId();
        });
    }

    /** The agency changes its own proposal while the meeting has not decided it; old and new values are kept. */
    public void change(long proposalId, ProposalDraft draft) {
        AccountInfo who = users.current();
        String agency = agencyOf(who);
        String what = Text.required(draft.description(), "action description", 4000);
        requireTarget(draft);
        stores.store().doInTransaction(s -> {
            ProposedAction p = ownOpen(s, proposalId, agency, who);
            if (apply(s, p, draft, what, "changed by the agency before the meeting")) {
                changes.changed(s, RECORD, proposalId, "changed", p.getTypeCode(), what);
            }
        });
    }

    /** The agency takes its own open proposal back before the meeting decides it. */
    public void withdraw(long proposalId) {
        AccountInfo who = users.current();
        String agency = agencyOf(who);
        stores.store().doInTransaction(s -> {
            ProposedAction p = ownOpen(s, proposalId, agency, who);
            p.withdrawBy(who.username(), clock.instant());
            history(s, p).removed("withdrawn by the agency before the meeting");
            changes.changed(s, RECORD, proposalId, "withdrawn");
        });
    }

    /**
     * The meeting agrees a proposal, as proposed ({@code changed} null) or changed first: it becomes an action
     * agreed at this meeting for the proposing agency. Agreeing it again returns the same action.
     */
    public long agree(long proposalId, ProposalDraft changed) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.RECORD_MINUTES);
        String what = changed == null ? null : Text.required(changed.description(), "action description", 4000);
        if (changed != null) {
            requireTarget(changed);
        }
        return stores.store().inTransaction(s -> {
            ProposedAction p = inScope(s, proposalId, who);
            if (p.getAgreedAction() != null) {
                return p.getAgreedAction().getId();
            }
            requireUndecided(p);
            Listing l = p.getListing();
            Headers.requireOpen(l.getMeeting());
            if (changed != null) {
                apply(s, p, changed, what, "changed when the meeting agreed it");
            }
            ActionItem a = new ActionItem(l.getMaracCase(), l.getMeeting(), p.getAgencyCode(), p.getOwnerName(),
                    p.getTarget(), p.getDescription(), p.getDueDate());
            ActionFields.type(s, a, p.getTypeCode(), null, null);
            s.persist(a);
            p.agreedAs(a);
            s.flush();
            history(s, p).line("agreed", null, a.getId(), changed == null ? "agreed as proposed" : "agreed changed");
            changes.changed(s, "action_item", a.getId(), "agreed from proposal", String.valueOf(proposalId),
                    changed == null ? "as proposed" : "changed");
            return a.getId();
        });
    }

    /** The meeting does not agree a proposal; the reason is kept for the agency to read on its research screen. */
    public void decline(long proposalId, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.RECORD_MINUTES);
        String why = Text.required(reason, "reason", 2000);
        stores.store().doInTransaction(s -> {
            ProposedAction p = inScope(s, proposalId, who);
            requireUndecided(p);
            Headers.requireOpen(p.getListing().getMeeting());
            p.decline(who.username(), clock.instant(), why);
            history(s, p).line("declined", null, "declined", why);
            changes.changed(s, RECORD, proposalId, "declined", why);
        });
    }

    private boolean apply(Session s, ProposedAction p, ProposalDraft d, String what, String reason) {
        ActionType type = ActionTypeService.forAction(s, d.typeCode(), p.getTypeCode());
        String owner = Text.optional(d.owner(), "owner", 200);
        ChangeHistory h = history(s, p);
        h.field("type", typeOf(p), type.getCode(), reason);
        h.field("owner", p.getOwnerName(), owner, reason);
        h.field("target", p.getTarget(), d.target(), reason);
        h.field("description", p.getDescription(), what, reason);
        h.field("due", p.getDueDate(), d.dueDate(), reason);
        p.change(type.getCode(), owner, d.target(), what, d.dueDate());
        return h.written() > 0;
    }

    private ChangeHistory history(Session s, ProposedAction p) {
        return new ChangeHistory(s, RECORD, p.getId(), caseOf(p.getListing()), users.current().username(),
                clock.instant());
    }

    private static String typeOf(ProposedAction p) {
        return p.getTypeCode() == null ? ActionType.OTHER : p.getTypeCode();
    }

    private static long caseOf(Listing l) {
        return l.getMaracCase().getId();
    }

    private static void requireTarget(ProposalDraft d) {
        if (d.target() == null) {
            throw new IllegalArgumentException("say whom the action is for: victim, child, perpetrator or other");
        }
    }

    private static void requireUndecided(ProposedAction p) {
        if (p.getAgreedAction() != null) {
            throw new IllegalStateException("the meeting has already agreed this proposed action; change the action"
                    + " instead");
        }
        if (p.getDeclinedAt() != null) {
            throw new IllegalStateException("the meeting has already decided not to agree this proposed action");
        }
    }

    private static String agencyOf(AccountInfo who) {
        PermissionMatrix.require(who, Permission.WRITE_OWN_AGENCY_RESEARCH);
        if (who.agencyCode() == null) {
            throw new NotPermittedException(who.role(), Permission.WRITE_OWN_AGENCY_RESEARCH);
        }
        return who.agencyCode();
    }

    /** Another agency's request, a withdrawn one or one out of scope is refused as a missing one is. */
    private static ResearchRequest request(Session s, long id, String agency, AccountInfo who) {
        ResearchRequest r = s.get(ResearchRequest.class, id);
        if (r == null || !r.getAgencyCode().equals(agency) || r.getWithdrawnAt() != null
                || !CaseScope.of(s, who).includes(caseOf(r.getListing()))) {
            throw new IllegalArgumentException("there is no research request " + id + " for your agency");
        }
        return r;
    }

    private static ProposedAction ownOpen(Session s, long id, String agency, AccountInfo who) {
        ProposedAction p = inScope(s, id, who);
        if (!p.getAgencyCode().equals(agency)) {
            throw new IllegalArgumentException("there is no proposed action " + id + " of your agency");
        }
        requireUndecided(p);
        Headers.requireOpen(p.getListing().getMeeting());
        return p;
    }

    private static ProposedAction inScope(Session s, long id, AccountInfo who) {
        ProposedAction p = s.get(ProposedAction.class, id);
        if (p == null || p.getWithdrawnAt() != null || !CaseScope.of(s, who).includes(caseOf(p.getListing()))) {
            throw new IllegalArgumentException("there is no proposed action " + id);
        }
        return p;
    }

    private static ProposalView view(ProposedAction p) {
        ProposalView.State state = p.getAgreedAction() != null ? ProposalView.State.AGREED
                : p.getDeclinedAt() != null ? ProposalView.State.DECLINED : ProposalView.State.OPEN;
        return new ProposalView(p.getId(), typeOf(p), p.getOwnerName(), p.getTarget(), p.getDescription(),
                p.getDueDate(), state, p.getDeclinedReason());
    }
}
