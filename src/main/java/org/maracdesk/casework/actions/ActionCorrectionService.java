package org.maracdesk.casework.actions;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * Putting right what was agreed: the wording, agency, owner, target, due date and type of an action, or
 * removing an action agreed by mistake. While the meeting that agreed it runs, those who record the
 * minutes (coordinator, chair) change it freely; afterwards only a coordinator, with a reason. Each
 * change keeps the old and new values in the change history and a digest in the audit trail.
 */
public final class ActionCorrectionService {
    static final String RECORD = "action";
    private static final int REASON_MAX = 2000;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final java.time.Clock clock;

    public ActionCorrectionService(StoreProvider stores, CurrentUser users, AuditLog audit, java.time.Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The action as it stands, with whether a reason is needed and whether it can be removed. */
    public EditableAction forEdit(long actionId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            Target t = target(s, who, actionId);
            return new EditableAction(t.row(), t.meetingOpen(), removable(s, actionId),
                    ChildChoice.of(s.find(ActionItem.class, actionId).getMaracCase()));
        });
    }

    /** Changes the action to read as {@code edit} says; returns it as it now stands. */
    public ActionRow edit(ActionEdit edit) {
        AccountInfo who = users.current();
        Checked c = check(edit);
        Store store = stores.store();
        return store.inTransaction(s -> {
            Target t = target(s, who, edit.actionId());
            fresh(t.row(), edit.expectedVersion());
            String reason = reason(edit.reason(), t.meetingOpen());
            ActionItem item = s.find(ActionItem.class, edit.actionId());
            ChangeHistory history = new ChangeHistory(s, RECORD, edit.actionId(), t.row().caseId(), who.username(),
                    clock.instant());
            if (history.field("description", item.getDescription(), c.description(), reason)) {
                item.setDescription(c.description());
            }
            if (history.field("agency", item.getAgencyCode(), edit.agencyCode(), reason)) {
                item.setAgencyCode(edit.agencyCode());
            }
            if (history.field("owner", item.getOwnerName(), c.owner(), reason)) {
                item.setOwnerName(c.owner());
            }
            if (history.field("target", item.getTarget(), edit.target(), reason)) {
                item.setTarget(edit.target());
            }
            if (history.field("dueDate", item.getDueDate(), edit.dueDate(), reason)) {
                item.setDueDate(edit.dueDate());
            }
            if (edit.typeCode() != null) {
                retype(s, item, edit, history, reason);
            }
            Long child = edit.namesChild() ? edit.childId() : t.row().targetChildId();
            ChildChoice.name(item, edit.target() == ActionTarget.CHILD ? child : null, history, reason);
            if (history.written() == 0) {
                return t.row();
            }
            audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(edit.actionId()),
                    AuditDigest.of(store, "edited", c.description(), edit.agencyCode(), String.valueOf(c.owner()),
                            edit.target().name(), String.valueOf(edit.dueDate()), String.valueOf(reason),
                            item.getTypeCode(), String.valueOf(item.getDetailText()),
                            String.valueOf(item.getDetailDate()),
                            String.valueOf(item.getTargetPerson() == null ? null : item.getTargetPerson().getId())));
            s.flush();
            return ActionQueries.one(s, edit.actionId());
        });
    }

    /**
     * Removes an action agreed by mistake. Its last values and the reason stay in the change history
     * (shown with the meeting record and the case). An action with status updates, or one another
     * action continues, is not removed: record it as not possible instead.
     */
    public void remove(long actionId, int expectedVersion, String reason) {
        AccountInfo who = users.current();
        String why = reason(reason, false);
        Store store = stores.store();
        store.doInTransaction(s -> {
            Target t = target(s, who, actionId);
            fresh(t.row(), expectedVersion);
            if (!removable(s, actionId)) {
                throw new IllegalStateException("this action has status updates or was carried forward; it cannot"
                        + " be removed, record it as not possible with a note instead");
            }
            ActionRow a = t.row();
            ChangeHistory history = new ChangeHistory(s, RECORD, actionId, a.caseId(), who.username(),
                    clock.instant());
            history.field("description", a.description(), null, why);
            history.field("agency", a.agencyCode(), null, why);
            history.field("owner", a.ownerName(), null, why);
            history.field("target", a.target(), null, why);
            history.field("dueDate", a.dueDate(), null, why);
            history.field("type", a.typeCode(), null, why);
            history.field("typeDetail", a.detailText(), null, why);
            history.field("typeDate", a.detailDate(), null, why);
            history.field("meetingDate", a.meetingDate(), null, why);
            history.removed(why);
            ActionItem item = s.find(ActionItem.class, actionId);
            s.createMutationQuery("update ProposedAction p set p.agreedAction = null where p.agreedAction = :a")
                    .setParameter("a", item).executeUpdate();
            s.remove(item);
            audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(actionId),
                    AuditDigest.of(store, "removed", why));
        });
    }

    /** The type and its details, each changed field kept with its old and new value. */
    private static void retype(Session s, ActionItem item, ActionEdit edit, ChangeHistory history, String reason) {
        org.maracdesk.casework.ActionType type = ActionTypeService.forAction(s, edit.typeCode(), item.getTypeCode());
        String text = ActionTypeService.detailText(type, edit.detailText());
        java.time.LocalDate date = ActionTypeService.detailDate(type, edit.detailDate());
        if (history.field("type", item.getTypeCode(), type.getCode(), reason)) {
            item.setTypeCode(type.getCode());
        }
        if (history.field("typeDetail", item.getDetailText(), text, reason)) {
            item.setDetailText(text);
        }
        if (history.field("typeDate", item.getDetailDate(), date, reason)) {
            item.setDetailDate(date);
        }
    }

    /**
     * The action types (issue 16), active ones first in the MARAC's order, then retired ones (which only actions
     * that already have them keep): for the choosers and to name an action's type.
     */
    public List<ActionTypeView> types() {
        return stores.store().read(ActionTypeService::all);
    }

    /** The agencies an action can be given to (active ones, in the MARAC's order): code to name. */
    public java.util.Map<String, String> agencies() {
        return stores.store().read(s -> {
            java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
            s.createSelectionQuery("select a.code, a.name from MaracAgency a where a.active = true"
                    + " order by a.sortOrder, a.code", Object[].class).getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
            if (names.isEmpty()) {
                Agency.codes().forEach(c -> names.put(c, c));
            }
            return names;
        });
    }

    /**
     * What was changed on the action after it was agreed, oldest first: for those who record minutes or
     * update any action (agency roles read a case's corrections on the case screen).
     */
    public List<ChangeHistory.Line> changes(long actionId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            requireReader(who);
            return ChangeHistory.of(s, CaseScope.of(s, who), RECORD, actionId);
        });
    }

    /** The actions removed from a case, each as its history lines (last values, then the removal). */
    public List<ChangeHistory.Line> removedFromCase(long caseId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            requireReader(who);
            return ChangeHistory.removedFromCase(s, CaseScope.of(s, who), RECORD, caseId);
        });
    }

    private static void requireReader(AccountInfo who) {
        if (!PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES)
                && !PermissionMatrix.allows(who.role(), Permission.UPDATE_ANY_ACTION)) {
            throw new NotPermittedException(who.role(), Permission.RECORD_MINUTES);
        }
    }

    private record Target(ActionRow row, boolean meetingOpen) {
    }

    private record Checked(String description, String owner) {
    }

    /** The action, if the account may correct it: a coordinator always, a chair while its meeting runs. */
    private static Target target(Session s, AccountInfo who, long actionId) {
        ActionRow row = ActionQueries.one(s, actionId);
        if (!CaseScope.of(s, who).includes(row.caseId())) {
            throw new IllegalArgumentException("there is no action " + actionId);
        }
        MeetingStatus status = s.createSelectionQuery("select m.status from ActionItem a join a.meeting m"
                + " where a.id = :id", MeetingStatus.class).setParameter("id", actionId).getResultStream()
                .findFirst().orElse(null);
        boolean open = status == MeetingStatus.SCHEDULED;
        boolean coordinator = PermissionMatrix.allows(who.role(), Permission.UPDATE_ANY_ACTION);
        if (!coordinator && !(open && PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES))) {
            throw new NotPermittedException(who.role(), Permission.UPDATE_ANY_ACTION);
        }
        return new Target(row, open);
    }

    private static boolean removable(Session s, long actionId) {
        long updates = s.createSelectionQuery("select count(u) from ActionUpdate u where u.actionId = :id", Long.class)
                .setParameter("id", actionId).getSingleResult();
        long continued = s.createSelectionQuery("select count(a) from ActionItem a where a.carriedFrom.id = :id",
                Long.class).setParameter("id", actionId).getSingleResult();
        return updates == 0 && continued == 0;
    }

    private static void fresh(ActionRow row, int expectedVersion) {
        if (row.version() != expectedVersion) {
            throw new IllegalStateException("someone else changed this action meanwhile; reload it and try again");
        }
    }

    private static String reason(String reason, boolean optional) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (r == null && !optional) {
            throw new IllegalArgumentException("reason: say why the action is changed or removed; the minutes"
                    + " that carried it may already have gone out");
        }
        if (r != null && r.length() > REASON_MAX) {
            throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
        }
        return r;
    }

    private static Checked check(ActionEdit e) {
        String d = e.description() == null ? "" : e.description().strip();
        if (d.isEmpty()) {
            throw new IllegalArgumentException("description: say what the agency will do");
        }
        if (d.length() > 4000) {
            throw new IllegalArgumentException("description: at most 4000 characters");
        }
        if (e.agencyCode() == null || Agency.fromCode(e.agencyCode()).isEmpty()) {
            throw new IllegalArgumentException("agency: choose one of " + Agency.codes());
        }
        if (e.target() == null) {
            throw new IllegalArgumentException("for: choose victim, child, perpetrator or other");
        }
        String owner = e.ownerName() == null || e.ownerName().isBlank() ? null : e.ownerName().strip();
        if (owner != null && owner.length() > 200) {
            throw new IllegalArgumentException("owner: at most 200 characters");
        }
        return new Checked(d, owner);
    }
}
