package org.maracdesk.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Professionals' meetings held about a case outside MARAC (issue 16, decision 0049): date, agencies present,
 * outcome, actions agreed. Read within the account's {@link CaseScope} (each showing audited); recorded and
 * changed by those who run meetings or write their agency's research, on cases they see. A change keeps old and
 * new values in the change history; the audit trail holds only digests.
 */
public final class ProfessionalsMeetingService {
    /** The change-history and audit record type. */
    public static final String RECORD = "professionals_meeting";
    static final int TEXT_MAX = 4000;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public ProfessionalsMeetingService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is recorded of one professionals' meeting; {@code agencies} are agency codes. */
    public record Entry(LocalDate date, List<String> agencies, String outcome, String actions) {
    }

    /**
     * One recorded professionals' meeting as shown on the case; {@code removedAt} (with who and why) is set when the
     * coordinator took it off the case as recorded by mistake: it stays in the list, marked, and leaves the minutes.
     */
    public record Line(long id, LocalDate date, List<String> agencies, String outcome, String actions,
                       String recordedBy, Instant recordedAt, Instant removedAt, String removedBy,
                       String removalReason) {
        public boolean removed() {
            return removedAt != null;
        }
    }

    /** The case's professionals' meetings, latest first; the showing is audited. */
    public List<Line> list(long caseId) {
        AccountInfo who = users.current();
        return stores.store().inTransaction(s -> {
            requireInScope(s, who, caseId);
            List<Line> out = s.createSelectionQuery("from ProfessionalsMeeting p where p.maracCase.id = :c"
                    + " order by p.meetingDate desc, p.id desc", ProfessionalsMeeting.class).setParameter("c", caseId)
                    .getResultList().stream().map(ProfessionalsMeetingService::line).toList();
            if (!out.isEmpty()) {
                new ReadAudit(audit).shown(stores.store(), s, who, RECORD, caseId, List.of(caseId));
            }
            return out;
        });
    }

    /** The id of the case with this reference, refused as missing when it is outside the account's scope. */
    public long caseOf(String reference) {
        AccountInfo who = users.current();
        return stores.store().read(s -> CaseScope.caseByReference(s, who, reference)).orElseThrow(
                () -> new IllegalArgumentException("there is no case " + reference + " among the cases you may see"));
    }

    /** The MARAC's agencies in use, code to name, in the list's order (for the "present" choices). */
    public java.util.Map<String, String> agencies() {
        users.current();
        return stores.store().read(s -> {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            s.createSelectionQuery("from MaracAgency a where a.active order by a.sortOrder, a.code", MaracAgency.class)
                    .getResultList().forEach(a -> out.put(a.getCode(), a.getName()));
            return out;
        });
    }

    /** Records a professionals' meeting on a case in scope. */
    public long add(long caseId, Entry entry) {
        AccountInfo who = requireWriter();
        return stores.store().inTransaction(s -> {
            requireInScope(s, who, caseId);
            Checked c = check(s, entry);
            ProfessionalsMeeting p = new ProfessionalsMeeting(s.get(MaracCase.class, caseId), who.username(),
                    clock.instant());
            p.set(c.date(), c.agencies(), c.outcome(), c.actions());
            s.persist(p);
            s.flush();
            changed(s, who, p.getId(), "recorded", c.date().toString(), c.agencies(), c.outcome(), c.actions());
            return p.getId();
        });
    }

    /** Whether the signed-in account may remove a meeting recorded by mistake (the coordinator). */
    public boolean mayRemove() {
        AccountInfo who = users.current();
        return who != null && PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS);
    }

    /**
     * Takes a meeting recorded by mistake off the case (coordinator only), with the reason: the row stays, marked
     * removed with who and when, the change history keeps a removal line with the reason, the audit trail a digest.
     * A removed meeting is left out of the minutes and can no longer be changed.
     */
    public void remove(long id, String reason) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why the professionals' meeting is removed"
                    + " (recorded on the wrong case, never held…)");
        }
        String why = text(reason, "reason", 2000, true);
        stores.store().doInTransaction(s -> {
            ProfessionalsMeeting p = current(s, who, id);
            new ChangeHistory(s, RECORD, id, p.getMaracCase().getId(), who.username(), clock.instant()).removed(why);
            p.remove(who.username(), clock.instant(), why);
            changed(s, who, id, "removed", why);
        });
    }

    /** Changes a recorded meeting; the old and new values of each changed field are kept with the reason. */
    public void change(long id, Entry entry, String reason) {
        AccountInfo who = requireWriter();
        String why = reason == null || reason.isBlank() ? null : text(reason, "reason", 2000, false);
        stores.store().doInTransaction(s -> {
            ProfessionalsMeeting p = current(s, who, id);
            Checked c = check(s, entry);
            ChangeHistory h = new ChangeHistory(s, RECORD, id, p.getMaracCase().getId(), who.username(),
                    clock.instant());
            h.field("date", p.getMeetingDate(), c.date(), why);
            h.field("agencies", p.getAgencies(), c.agencies(), why);
            h.field("outcome", p.getOutcome(), c.outcome(), why);
            h.field("actions", p.getActionsAgreed(), c.actions(), why);
            if (h.written() > 0) {
                p.set(c.date(), c.agencies(), c.outcome(), c.actions());
                changed(s, who, id, "changed", c.date().toString(), c.agencies(), c.outcome(), c.actions(), why);
            }
        });
    }

    /** The change history of one recorded meeting (old and new values), oldest first. */
    public List<ChangeHistory.Line> history(long id) {
        AccountInfo who = users.current();
        return stores.store().read(s -> ChangeHistory.of(s, CaseScope.of(s, who), RECORD, id));
    }

    /** The meeting, in scope and not removed; refused as missing otherwise. */
    private static ProfessionalsMeeting current(Session s, AccountInfo who, long id) {
        ProfessionalsMeeting p = s.get(ProfessionalsMeeting.class, id);
        if (p == null || !CaseScope.of(s, who).includes(p.getMaracCase().getId())) {
            throw new IllegalArgumentException("there is no professionals' meeting " + id + " on a case you see");
        }
        if (p.getRemovedAt() != null) {
            throw new IllegalArgumentException("professionals' meeting " + id + " was removed from the case on "
                    + p.getRemovedAt().toString().substring(0, 10) + "; record it again if it was held");
        }
        return p;
    }

    private record Checked(LocalDate date, String agencies, String outcome, String actions) {
    }

    private Checked check(Session s, Entry e) {
        if (e.date() == null) {
            throw new IllegalArgumentException("date: say when the professionals' meeting was held (dd/mm/yyyy)");
        }
        if (e.date().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("date: record a professionals' meeting once it has been held;"
                    + " the date is in the future");
        }
        Set<String> known = new LinkedHashSet<>(s.createSelectionQuery("select a.code from MaracAgency a"
                + " order by a.sortOrder, a.code", String.class).getResultList());
        List<String> chosen = new ArrayList<>();
        for (String a : e.agencies() == null ? List.<String>of() : e.agencies()) {
            String code = a == null ? "" : a.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(code)) {
                throw new IllegalArgumentException("agencies: \"" + a + "\" is not an agency of this MARAC; use one of "
                        + String.join(", ", known));
            }
            if (!chosen.contains(code)) {
                chosen.add(code);
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("agencies: name at least one agency that was present");
        }
        chosen.sort((x, y) -> Integer.compare(indexOf(known, x), indexOf(known, y)));
        return new Checked(e.date(), String.join(",", chosen), text(e.outcome(), "outcome", TEXT_MAX, true),
                text(e.actions(), "actions agreed", TEXT_MAX, false));
    }

    private static int indexOf(Set<String> known, String code) {
        return new ArrayList<>(known).indexOf(code);
    }

    private static String text(String value, String field, int max, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(field + ": say what the meeting decided");
            }
            return null;
        }
        if (clean.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters (there are "
                    + clean.length() + ")");
        }
        return clean;
    }

    private AccountInfo requireWriter() {
        AccountInfo who = users.current();
        if (who == null || !PermissionMatrix.allows(who.role(), Permission.RECORD_MINUTES)
                && !PermissionMatrix.allows(who.role(), Permission.WRITE_OWN_AGENCY_RESEARCH)) {
            throw new NotPermittedException(who == null ? null : who.role(), Permission.RECORD_MINUTES);
        }
        return who;
    }

    private static void requireInScope(Session s, AccountInfo who, long caseId) {
        if (!CaseScope.of(s, who).includes(caseId)) {
            throw new NotPermittedException(who == null ? null : who.role(), Permission.VIEW_ALL_CASES);
        }
    }

    private void changed(Session s, AccountInfo who, long id, String... parts) {
        String[] values = Arrays.stream(parts).map(p -> p == null ? "\u0000" : p).toArray(String[]::new);
        audit.append(stores.store(), s, who.username(), AuditAction.CHANGED, RECORD, String.valueOf(id),
                AuditDigest.of(stores.store(), values));
    }

    private static Line line(ProfessionalsMeeting p) {
        return new Line(p.getId(), p.getMeetingDate(), Arrays.asList(p.getAgencies().split(",")), p.getOutcome(),
                p.getActionsAgreed(), p.getRecordedBy(), p.getRecordedAt(), p.getRemovedAt(), p.getRemovedBy(),
                p.getRemovalReason());
    }
}
