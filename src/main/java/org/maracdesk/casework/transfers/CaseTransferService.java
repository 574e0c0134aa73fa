package org.maracdesk.casework.transfers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CaseTransfer;
import org.maracdesk.casework.CaseTransfer.Direction;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.casework.disclosure.Disclosure;
import org.maracdesk.casework.disclosure.DisclosureStamp;
import org.maracdesk.casework.settings.Settings;
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
 * Transfers between MARACs as steps (issue 16, MARAC.md §2.9, decision 0068): a case that came in from another area
 * or went out to one, when the victim moved, when the previous minutes and action plans were received or sent, and
 * when the Idva handed over to (or took over from) the other area's Idva service. Read within the account's
 * {@link CaseScope} (each showing audited); recorded and changed by the coordinator and the Idva on cases they see.
 * Papers sent out are a disclosure: the lawful basis and consent are stamped on the row (decision 0048). A change
 * keeps old and new values in the change history; the audit trail holds only digests.
 */
public final class CaseTransferService {
    /** The change-history and audit record type. */
    public static final String RECORD = "case_transfer";
    static final int AREA_MAX = 200;
    static final int NOTE_MAX = 2000;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public CaseTransferService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The steps as the user gives them. {@code sent} says under which lawful basis and with what consent the papers
     * went out (OUT with {@code papersOn} only; null there: the MARAC's default basis, consent not recorded).
     */
    public record Entry(Direction direction, String otherArea, LocalDate movedOn, LocalDate papersOn,
                        Disclosure sent, LocalDate handoverOn, String handoverService, String note) {
    }

    /** One transfer as shown on the case; {@code basis} and {@code consent} only for papers sent out. */
    public record Line(long id, Direction direction, String otherArea, LocalDate movedOn, LocalDate papersOn,
                       String basis, String consent, String consentReason, LocalDate handoverOn,
                       String handoverService, String note, String recordedBy, Instant recordedAt) {
        /** Both steps done: the papers and the handover. */
        public boolean complete() {
            return papersOn != null && handoverOn != null;
        }
    }

    /** The case's transfers, latest first; the showing is audited. */
    public List<Line> list(long caseId) {
        AccountInfo who = users.current();
        return stores.store().inTransaction(s -> {
            requireInScope(s, who, caseId);
            List<Line> out = s.createSelectionQuery("from CaseTransfer t where t.maracCase.id = :c"
                    + " order by t.recordedAt desc, t.id desc", CaseTransfer.class).setParameter("c", caseId)
                    .getResultList().stream().map(CaseTransferService::line).toList();
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
                () -> new IllegalArgumentException("--case: there is no case " + reference
                        + " among the cases you may see"));
    }

    /** Whether the signed-in account records transfers (the coordinator and the Idva). */
    public boolean mayRecord() {
        AccountInfo who = users.current();
        return who != null && (PermissionMatrix.allows(who.role(), Permission.MANAGE_MEETINGS)
                || PermissionMatrix.allows(who.role(), Permission.VIEW_IDVA_CASELOAD));
    }

    /** The MARAC's lawful bases as "CODE  wording", the first the default, for the papers-sent choice. */
    public List<org.maracdesk.casework.disclosure.LawfulBasis> lawfulBases() {
        users.current();
        return stores.store().read(s -> Settings.current(s).lawfulBases());
    }

    /** Records a transfer on a case in scope; returns its id. */
    public long add(long caseId, Entry entry) {
        AccountInfo who = requireWriter();
        return stores.store().inTransaction(s -> {
            requireInScope(s, who, caseId);
            Checked c = check(s, entry, null);
            CaseTransfer t = new CaseTransfer(s.get(MaracCase.class, caseId), c.direction(), who.username(),
                    clock.instant());
            c.applyTo(t);
            s.persist(t);
            s.flush();
            new ChangeHistory(s, RECORD, t.getId(), caseId, who.username(), clock.instant())
                    .line("transfer", null, c.direction() + " " + c.area(), null);
            changed(s, who, t.getId(), "recorded", c.direction().name(), c.area(), str(c.movedOn()),
                    str(c.papersOn()), c.stamp() == null ? null : c.stamp().summary(), str(c.handoverOn()),
                    c.service(), c.note());
            return t.getId();
        });
    }

    /**
     * Brings a transfer's steps up to date (the papers came, the handover was done); each changed value is kept, old
     * and new, with the reason when one is given. The direction is what the transfer is: a wrong one is corrected by
     * recording the transfer again.
     */
    public void change(long id, Entry entry, String reason) {
        AccountInfo who = requireWriter();
        String why = reason == null || reason.isBlank() ? null : text(reason, "reason", 2000, false);
        stores.store().doInTransaction(s -> {
            CaseTransfer t = s.get(CaseTransfer.class, id);
            if (t == null || !CaseScope.of(s, who).includes(t.getMaracCase().getId())) {
                throw new IllegalArgumentException("--id: there is no transfer " + id + " on a case you see");
            }
            Checked c = check(s, entry, t);
            ChangeHistory h = new ChangeHistory(s, RECORD, id, t.getMaracCase().getId(), who.username(),
                    clock.instant());
            h.field("otherArea", t.getOtherArea(), c.area(), why);
            h.field("movedOn", t.getMovedOn(), c.movedOn(), why);
            h.field("papersOn", t.getPapersOn(), c.papersOn(), why);
            DisclosureStamp was = sentStamp(t);
            h.field("lawfulBasis", was == null ? null : was.summary(), c.stamp() == null ? null : c.stamp().summary(),
                    why);
            h.field("handoverOn", t.getHandoverOn(), c.handoverOn(), why);
            h.field("handoverService", t.getHandoverService(), c.service(), why);
            h.field("note", t.getNote(), c.note(), why);
            if (h.written() > 0) {
                c.applyTo(t);
                changed(s, who, id, "changed", c.area(), str(c.movedOn()), str(c.papersOn()),
                        c.stamp() == null ? null : c.stamp().summary(), str(c.handoverOn()), c.service(), c.note(),
                        why);
            }
        });
    }

    /** The change history of one transfer (old and new values), oldest first. */
    public List<ChangeHistory.Line> history(long id) {
        AccountInfo who = users.current();
        return stores.store().read(s -> ChangeHistory.of(s, CaseScope.of(s, who), RECORD, id));
    }

    private record Checked(Direction direction, String area, LocalDate movedOn, LocalDate papersOn,
                           DisclosureStamp stamp, LocalDate handoverOn, String service, String note) {
        void applyTo(CaseTransfer t) {
            t.set(area, movedOn, papersOn, stamp, handoverOn, service, note);
        }
    }

    /** Checks an entry; {@code existing} (a change) keeps the stamp of papers already sent unless re-stated. */
    private Checked check(Session s, Entry e, CaseTransfer existing) {
        if (e.direction() == null) {
            throw new IllegalArgumentException("direction: say whether the case came in from another MARAC (in) or"
                    + " went out to one (out)");
        }
        if (existing != null && existing.getDirection() != e.direction()) {
            throw new IllegalArgumentException("direction: transfer " + existing.getId() + " is a transfer "
                    + existing.getDirection().name().toLowerCase(java.util.Locale.ROOT) + "; record the other"
                    + " direction as a transfer of its own");
        }
        String area = text(e.otherArea(), "otherArea", AREA_MAX, true);
        LocalDate today = LocalDate.now(clock);
        notLater(e.movedOn(), today, "movedOn", "the day the victim moved");
        notLater(e.papersOn(), today, "papersOn", e.direction() == Direction.IN
                ? "the day the previous minutes and action plans arrived" : "the day the minutes and action plans were"
                + " sent");
        notLater(e.handoverOn(), today, "handoverOn", "the day of the Idva handover");
        DisclosureStamp stamp = null;
        if (e.direction() == Direction.OUT && e.papersOn() != null) {
            DisclosureStamp kept = existing != null && e.papersOn().equals(existing.getPapersOn()) && e.sent() == null
                    ? sentStamp(existing) : null;
            stamp = kept != null ? kept : Settings.stamp(s, e.sent());
        } else if (e.sent() != null && (e.sent().basisCode() != null || e.sent().consent() != null)) {
            throw new IllegalArgumentException(e.direction() == Direction.IN
                    ? "basis: papers received are not a disclosure by this MARAC; leave the basis and consent out"
                    : "basis: give the day the papers were sent (papersOn) with their basis and consent");
        }
        return new Checked(e.direction(), area, e.movedOn(), e.papersOn(), stamp, e.handoverOn(),
                text(e.handoverService(), "handoverService", AREA_MAX, false), text(e.note(), "note", NOTE_MAX, false));
    }

    /** The stamp of papers already sent out, as the row keeps it; null when none were sent. */
    private static DisclosureStamp sentStamp(CaseTransfer t) {
        return t.getLawfulBasis() == null ? null : new DisclosureStamp(t.getLawfulBasis(), t.getLawfulBasisWording(),
                t.getConsent() == null ? null : org.maracdesk.casework.disclosure.ConsentRecord.Consent.valueOf(
                        t.getConsent()), t.getConsentReason());
    }

    private static void notLater(LocalDate day, LocalDate today, String field, String what) {
        if (day != null && day.isAfter(today)) {
            throw new IllegalArgumentException(field + ": " + what + " is in the future; record a step once it has"
                    + " happened");
        }
    }

    private static String text(String value, String field, int max, boolean required) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(field + ": name the other MARAC's area (for example"
                        + " \"Northshire\")");
            }
            return null;
        }
        if (clean.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters (there are "
                    + clean.length() + ")");
        }
        return clean;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private AccountInfo requireWriter() {
        AccountInfo who = users.current();
        if (!mayRecord()) {
            throw new NotPermittedException(who == null ? null : who.role(), Permission.MANAGE_MEETINGS);
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

    private static Line line(CaseTransfer t) {
        return new Line(t.getId(), t.getDirection(), t.getOtherArea(), t.getMovedOn(), t.getPapersOn(),
                t.getLawfulBasis(), t.getConsent(), t.getConsentReason(), t.getHandoverOn(), t.getHandoverService(),
                t.getNote(), t.getRecordedBy(), t.getRecordedAt());
    }
}
