package org.maracdesk.casework.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.common.ConcurrentChangeException;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * Actions tracked to completion (MARAC.md §2.10). A coordinator updates any action; an agency
 * representative or Idva only their own agency's, and sees only their own agency's lists.
 */
public final class ActionTrackingService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public ActionTrackingService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The agency whose actions the current user may see and change: their own for agency roles,
     * {@code requested} (or every agency when null) for a coordinator.
     */
    private Optional<String> scope(AccountInfo who, String requested) {
        if (PermissionMatrix.allows(who.role(), Permission.UPDATE_ANY_ACTION)) {
            return Optional.ofNullable(requested);
        }
        PermissionMatrix.require(who, Permission.UPDATE_OWN_AGENCY_ACTIONS);
        if (who.agencyCode() == null) {
            throw new IllegalStateException("your account has no agency; ask your administrator to set it");
        }
        if (requested != null && !requested.equals(who.agencyCode())) {
            throw new NotPermittedException(who.role(), Permission.UPDATE_ANY_ACTION);
        }
        return Optional.of(who.agencyCode());
    }

    /** The MARAC's action types (no case data), for the Actions list's type filter and column. */
    public List<ActionTypeView> types() {
        users.current();
        return stores.store().read(ActionTypeService::all);
    }

    /** Open actions of the user's agency (or of {@code agencyCode}, or all, for a coordinator). */
    public List<ActionRow> openActions(String agencyCode) {
        AccountInfo who = users.current();
        Optional<String> agency = scope(who, agencyCode);
        return stores.store().read(s -> visible(s, who, agency.isPresent()
                ? ActionQueries.where(s, "a.status = :open and a.agencyCode = :agency", "open", ActionStatus.OPEN,
                        "agency", agency.get())
                : ActionQueries.where(s, "a.status = :open", "open", ActionStatus.OPEN)));
    }

    /**
     * Open and overdue counts per agency, agencies with open actions only, by agency code; counted by the
     * database over the cases in the account's scope.
     */
    public List<AgencyActionCount> overdueByAgency() {
        AccountInfo who = users.current();
        Optional<String> agency = scope(who, null);
        LocalDate today = today();
        return stores.store().read(s -> new ActionPaging(s, CaseScope.of(s, who), agency, today).countsByAgency());
    }

    /**
     * Open and overdue counts per action type (types with open actions only, in the MARAC's order), counted by
     * the database over the cases in the account's scope and, for agency roles, their own agency's actions: for
     * reports and the dashboard.
     */
    public List<TypeActionCount> overdueByType() {
        AccountInfo who = users.current();
        Optional<String> agency = scope(who, null);
        LocalDate today = today();
        return stores.store().read(s -> new ActionPaging(s, CaseScope.of(s, who), agency, today).countsByType());
    }

    /**
     * One page of a list (open, overdue by agency, due for review at the next meeting) as the account may
     * see it, filtered, counted, sorted and paged by the database with the need-to-know scope in the query.
     * Agency roles see their own agency's actions; coordinators every agency's; the chair (and anyone who
     * records minutes or manages meetings) every agency's actions due for review.
     */
    public ActionPage page(ActionPage.Request request) {
        AccountInfo who = users.current();
        Optional<String> agency = request.kind() == ActionPage.Kind.DUE_FOR_REVIEW
                && (PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES)
                || PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS)) ? Optional.empty() : scope(who, null);
        LocalDate today = today();
        return stores.store().read(s -> new ActionPaging(s, CaseScope.of(s, who), agency, today).page(request));
    }

    /** Overdue actions (open, due before today), of the user's agency or all for a coordinator. */
    public List<ActionRow> overdueActions() {
        LocalDate today = today();
        return openActions(null).stream().filter(a -> a.overdueOn(today)).toList();
    }

    /**
     * For the next scheduled meeting: open actions due by its date, and open actions on the cases
     * listed at it. Empty when no meeting is scheduled. Coordinators and chairs see every agency's;
     * agency representatives and Idvas their own agency's.
     */
    public List<ActionRow> dueForReviewAtNextMeeting() {
        AccountInfo who = users.current();
        Optional<String> agency = PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES)
                || PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS) ? Optional.empty() : scope(who, null);
        List<ActionRow> due = stores.store().read(s -> {
            List<Object[]> next = s.createSelectionQuery("select m.id, m.meetingDate from Meeting m"
                    + " where m.status = :scheduled and m.meetingDate >= :today order by m.meetingDate, m.id",
                    Object[].class).setParameter("scheduled", MeetingStatus.SCHEDULED)
                    .setParameter("today", today()).setMaxResults(1).getResultList();
            if (next.isEmpty()) {
                return List.of();
            }
            return visible(s, who, ActionQueries.where(s, "a.status = :open and (a.dueDate <= :date or c.id in"
                    + " (select l.maracCase.id from Listing l where l.meeting.id = :meeting))",
                    "open", ActionStatus.OPEN, "date", next.get(0)[1], "meeting", next.get(0)[0]));
        });
        return agency.isEmpty() ? due : due.stream().filter(a -> agency.get().equals(a.agencyCode())).toList();
    }

    /**
     * Every status change of one action, oldest first (who, when, from, to, date, note). The chair
     * and coordinator read any action's; agency roles their own agency's.
     */
    public List<ActionHistoryEntry> history(long actionId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            ActionRow action = one(s, who, actionId);
            if (!PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES)
                    && !PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS)) {
                scope(who, action.agencyCode());
            }
            return s.createSelectionQuery("select u.updatedAt, u.updatedBy, u.previousStatus, u.status,"
                    + " u.completedOn, u.note from ActionUpdate u where u.actionId = :id order by u.updatedAt, u.id",
                    Object[].class).setParameter("id", actionId).getResultList().stream()
                    .map(r -> new ActionHistoryEntry((java.time.Instant) r[0], (String) r[1], (ActionStatus) r[2],
                            (ActionStatus) r[3], (LocalDate) r[4], (String) r[5])).toList();
        });
    }

    /** One action the account may see and update (its own agency's, or any for a coordinator). */
    public ActionRow action(long actionId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            ActionRow row = one(s, who, actionId);
            scope(who, row.agencyCode());
            return row;
        });
    }

    /** Records a status change, its history line and an audit entry (digest only) in one transaction. */
    public ActionRow update(ActionChange change) {
        AccountInfo who = users.current();
        String note = check(change);
        Store store = stores.store();
        try {
            return save(store, who, change, note);
        } catch (ConcurrentChangeException lost) {
            throw lastChange(store, change.actionId(), lost);
        }
    }

    /**
     * Who saved the action last, and when, from its own history, for the save that lost the race to them
     * (optimistic locking: the version read with the action had moved on).
     */
    private static ConcurrentChangeException lastChange(Store store, long actionId, ConcurrentChangeException lost) {
        Object[] last = store.read(s -> s.createSelectionQuery("select u.updatedBy, u.updatedAt from ActionUpdate u"
                + " where u.actionId = :id order by u.updatedAt desc, u.id desc", Object[].class)
                .setParameter("id", actionId).setMaxResults(1).uniqueResult());
        return last == null ? lost : new ConcurrentChangeException((String) last[0], (java.time.Instant) last[1], lost);
    }

    private ActionRow save(Store store, AccountInfo who, ActionChange change, String note) {
        return store.inTransaction(s -> {
            ActionRow before = one(s, who, change.actionId());
            scope(who, before.agencyCode());
            if (before.version() != change.expectedVersion()) {
                throw new ConcurrentChangeException(null, null, null);
            }
            LocalDate completed = change.status() == ActionStatus.OPEN ? null : change.completedOn();
            ActionItem item = s.find(ActionItem.class, change.actionId());
            if (item.getVersion() != change.expectedVersion()) {
                throw new ConcurrentChangeException(null, null, null);
            }
            ActionOutcomes.record(s, item, change.status(), completed, note, who.username(), clock.instant());
            audit.append(store, s, who.username(), AuditAction.CHANGED, "action", String.valueOf(change.actionId()),
                    AuditDigest.of(store, change.status().name(), String.valueOf(completed), note));
            s.flush();
            return ActionQueries.one(s, change.actionId());
        });
    }

    /** The rows whose case the account may see ({@link CaseScope}). */
    private static List<ActionRow> visible(Session s, AccountInfo who, List<ActionRow> rows) {
        return CaseScope.of(s, who).filter(rows, ActionRow::caseId).shown();
    }

    /** One action, refused as missing when its case is withheld from the account. */
    private static ActionRow one(Session s, AccountInfo who, long actionId) {
        ActionRow row = ActionQueries.one(s, actionId);
        if (!CaseScope.of(s, who).includes(row.caseId())) {
            throw new IllegalArgumentException("there is no action " + actionId);
        }
        return row;
    }

    private String check(ActionChange change) {
        return ActionOutcomes.check(change.status(), change.completedOn(), change.note(), today());
    }
}
