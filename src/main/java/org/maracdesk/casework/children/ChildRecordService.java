package org.maracdesk.casework.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.ChildPlanStatus;
import org.maracdesk.casework.ChildRecord;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.ReadAudit;
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
 * Each child on a case as a victim in their own right (issue 16, decision 0047): their school, social
 * worker, plan status and Operation Encompass notification. Read by whoever may open the case (through
 * {@link CaseScope}; each read audited), recorded by the coordinator ({@link Permission#DECIDE_REFERRALS}),
 * version-checked, with old and new values in the change history and a digest in the audit trail.
 */
public final class ChildRecordService {
    /** The record type of the change history and the audit trail. */
    public static final String RECORD = "child";
    private static final int TEXT_MAX = 200;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public ChildRecordService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case's children with their records, youngest first (then by name); empty when it has none. */
    public List<ChildLine> children(long caseId) {
        AccountInfo who = users.current();
        Store store = stores.store();
        return store.inTransaction(s -> {
            MaracCase c = visibleCase(s, who, caseId);
            List<ChildLine> out = new ArrayList<>();
            for (Person p : c.getChildren()) {
                out.add(line(c, p, record(s, caseId, p.getId())));
            }
            out.sort(Comparator.comparing(ChildLine::dateOfBirth, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(ChildLine::name));
            if (!out.isEmpty()) {
                new ReadAudit(audit).shown(store, s, who, "child-records", caseId, List.of(caseId));
            }
            return List.copyOf(out);
        });
    }

    /** The id of the case with this reference, when the account may see it (for the command line). */
    public long caseOf(String reference) {
        AccountInfo who = users.current();
        return stores.store().read(s -> CaseScope.caseByReference(s, who, reference)).orElseThrow(
                () -> new IllegalArgumentException("--case: there is no case " + reference
                        + " among the cases you may see"));
    }

    /** One child of the case, as the edit starts from. */
    public ChildLine child(long caseId, long personId) {
        return children(caseId).stream().filter(l -> l.personId() == personId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("child: there is no such child on this case"));
    }

    /**
     * Records what {@code after} says of the child (same case, person and version as read); returns the
     * child as now stored. Nothing is written when nothing changed. {@code reason} is optional.
     *
     * @throws IllegalStateException when someone else changed the record since it was read
     */
    public ChildLine save(ChildLine after, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Checked v = check(after);
        Store store = stores.store();
        return store.inTransaction(s -> {
            MaracCase c = visibleCase(s, who, after.caseId());
            Person child = c.getChildren().stream().filter(p -> p.getId() == after.personId()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("child: there is no such child on this case"));
            ChildRecord r = record(s, c.getId(), child.getId());
            int seen = r == null ? ChildLine.NO_RECORD : r.getVersion();
            if (seen != after.version()) {
                throw new IllegalStateException("someone else changed this child's record meanwhile; reload and try again");
            }
            if (r == null) {
                r = new ChildRecord(c, child);
                s.persist(r);
                s.flush();
            }
            ChangeHistory h = new ChangeHistory(s, RECORD, r.getId(), c.getId(), who.username(), clock.instant());
            h.field("school", r.getSchool(), v.school, why);
            h.field("socialWorkerName", r.getSocialWorkerName(), v.swName, why);
            h.field("socialWorkerAgency", r.getSocialWorkerAgency(), v.swAgency, why);
            h.field("socialWorkerContact", r.getSocialWorkerContact(), v.swContact, why);
            h.field("planStatus", r.getPlanStatus(), v.plan, why);
            h.field("encompassNotifiedOn", r.getEncompassNotifiedOn(), after.encompassNotifiedOn(), why);
            h.field("encompassNotifiedBy", r.getEncompassNotifiedBy(), v.encompassBy, why);
            if (h.written() > 0) {
                r.set(v.school, v.swName, v.swAgency, v.swContact, v.plan, after.encompassNotifiedOn(), v.encompassBy);
                audit.append(store, s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(r.getId()),
                        AuditDigest.of(store, String.valueOf(child.getId()), v.school, v.swName, v.plan.name(),
                                String.valueOf(after.encompassNotifiedOn()), v.encompassBy, why));
                s.flush();
            }
            return line(c, child, r);
        });
    }

    /**
     * Names the child an action is for (its target becomes CHILD), or with {@code personId} null names none;
     * the same people may do it as may correct the action: the coordinator, or those who record minutes while
     * its meeting runs. A reason is needed once the meeting has closed (its minutes went out).
     */
    public void nameChild(long actionId, int expectedVersion, Long personId, String reason) {
        AccountInfo who = users.current();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Store store = stores.store();
        store.doInTransaction(s -> {
            ActionItem a = s.find(ActionItem.class, actionId);
            if (a == null || !CaseScope.of(s, who).includes(a.getMaracCase().getId())) {
                throw new IllegalArgumentException("action: there is no action " + actionId);
            }
            boolean open = a.getMeeting() != null && a.getMeeting().getStatus() == MeetingStatus.SCHEDULED;
            if (!PermissionMatrix.allows(who.role(), Permission.UPDATE_ANY_ACTION)
                    && !(open && PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES))) {
                throw new NotPermittedException(who.role(), Permission.UPDATE_ANY_ACTION);
            }
            if (a.getVersion() != expectedVersion) {
                throw new IllegalStateException("someone else changed this action meanwhile; reload it and try again");
            }
            if (!open && why == null) {
                throw new IllegalArgumentException("reason: say why the action's child changes; the minutes went out");
            }
            ChangeHistory h = new ChangeHistory(s, "action", actionId, a.getMaracCase().getId(), who.username(),
                    clock.instant());
            boolean changed = org.maracdesk.casework.actions.ChildChoice.name(a, personId, h, why);
            if (changed) {
                audit.append(store, s, who.username(), AuditAction.CHANGED, "action", String.valueOf(actionId),
                        AuditDigest.of(store, "child", String.valueOf(personId), String.valueOf(why)));
                s.flush();
            }
        });
    }

    /** The name of the child an action is for, or null; in the account's scope only. */
    public String actionChild(long actionId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            ActionItem a = s.find(ActionItem.class, actionId);
            if (a == null || !CaseScope.of(s, who).includes(a.getMaracCase().getId()) || a.getTargetPerson() == null) {
                return null;
            }
            Person p = a.getTargetPerson();
            return (p.getGivenName() + " " + p.getFamilyName()).strip();
        });
    }

    /** Today as this service counts it (the injected clock), for a form that checks a date before saving. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What was changed on the child's record on this case, oldest first; empty while nothing is recorded. */
    public List<ChangeHistory.Line> changes(long caseId, long personId) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            visibleCase(s, who, caseId);
            ChildRecord r = record(s, caseId, personId);
            return r == null ? List.of() : ChangeHistory.of(s, CaseScope.of(s, who), RECORD, r.getId());
        });
    }

    private record Checked(String school, String swName, String swAgency, String swContact, ChildPlanStatus plan,
                           String encompassBy) {
    }

    private Checked check(ChildLine after) {
        String by = text(after.encompassNotifiedBy(), "Operation Encompass notified by");
        LocalDate on = after.encompassNotifiedOn();
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("Operation Encompass notified on: cannot be in the future");
        }
        if (on == null && by != null) {
            throw new IllegalArgumentException("Operation Encompass notified on: say when the school was told,"
                    + " or clear who told it");
        }
        if (on != null && by == null) {
            throw new IllegalArgumentException("Operation Encompass notified by: say who told the school"
                    + " (a name or an agency)");
        }
        return new Checked(text(after.school(), "school"), text(after.socialWorkerName(), "social worker"),
                text(after.socialWorkerAgency(), "social worker's agency"),
                text(after.socialWorkerContact(), "social worker's contact"),
                after.plan() == null ? ChildPlanStatus.NOT_KNOWN : after.plan(), by);
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > TEXT_MAX) {
            throw new IllegalArgumentException(field + ": at most " + TEXT_MAX + " characters");
        }
        return v;
    }

    private static MaracCase visibleCase(Session s, AccountInfo who, long caseId) {
        if (!CaseScope.of(s, who).includes(caseId)) {
            throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
        }
        MaracCase c = s.find(MaracCase.class, caseId);
        if (c == null) {
            throw new IllegalArgumentException("case: there is no such case");
        }
        return c;
    }

    private static ChildRecord record(Session s, long caseId, long personId) {
        return s.createSelectionQuery("from ChildRecord r where r.maracCase.id = :c and r.child.id = :p",
                ChildRecord.class).setParameter("c", caseId).setParameter("p", personId).getResultList().stream()
                .findFirst().orElse(null);
    }

    private static ChildLine line(MaracCase c, Person p, ChildRecord r) {
        String name = (p.getGivenName() + " " + p.getFamilyName()).strip();
        if (r == null) {
            return new ChildLine(c.getId(), p.getId(), name, p.getDateOfBirth(), null, null, null, null,
                    ChildPlanStatus.NOT_KNOWN, null, null, ChildLine.NO_RECORD);
        }
        return new ChildLine(c.getId(), p.getId(), name, p.getDateOfBirth(), r.getSchool(), r.getSocialWorkerName(),
                r.getSocialWorkerAgency(), r.getSocialWorkerContact(), r.getPlanStatus(), r.getEncompassNotifiedOn(),
                r.getEncompassNotifiedBy(), r.getVersion());
    }
}
