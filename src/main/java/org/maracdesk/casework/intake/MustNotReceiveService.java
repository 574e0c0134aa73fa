package org.maracdesk.casework.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.WithheldCases;
import org.maracdesk.casework.matching.Names;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * A case's "must not receive" list: agencies or named people who must never see anything about it
 * (e.g. an agency employing the perpetrator). The same agency, or the same person however the
 * name is spaced or capitalised, is never on the list twice. Adding an entry withdraws what the
 * barred agency already holds (open research requests and proposals); removing one needs a
 * reason and keeps the entry, marked removed. Changes are audited as keyed digests.
 */
public final class MustNotReceiveService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;

    public MustNotReceiveService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** What adding an entry did: the research and proposals withdrawn, and copies of minutes sent before it. */
    public record Added(long id, int withdrawnRequests, int withdrawnProposals, List<PriorExport> sentBefore) {
    }

    /** A copy of the minutes of a meeting where the case was listed, exported to the barred agency earlier. */
    public record PriorExport(Instant exportedAt, String exportedBy, String subject, String recipient) {
    }

    /** The case's entries, current ones first; removed ones say who removed them, when and why. */
    public List<MustNotReceiveItem> list(String caseReference) {
        AccountInfo who = coordinator();
        return stores.store().read(session -> entries(session, theCase(session, who, caseReference), true).stream()
                .map(MustNotReceiveService::item).toList());
    }

    /**
     * @throws DuplicateEntryException when the agency or person is already on the list
     * @throws IllegalArgumentException when neither an agency nor a person is named, or there is no reason
     */
    public Added add(String caseReference, MustNotReceiveEntry entry) {
        AccountInfo who = coordinator();
        if (entry.agency() == null && blank(entry.personName()) || blank(entry.reason())) {
            throw new IllegalArgumentException("name an agency or a person, and say why");
        }
        return stores.store().inTransaction(session -> {
            MaracCase c = theCase(session, who, caseReference);
            for (MustNotReceive m : entries(session, c, false)) {
                if (sameEntry(m.getAgencyCode(), m.getPersonName(), entry)) {
                    throw new DuplicateEntryException();
                }
            }
            MustNotReceive m = new MustNotReceive(c, null, entry.agency(),
                    blank(entry.personName()) ? null : entry.personName().strip(), entry.reason().strip(),
                    LocalDate.now(clock));
            m.addedBy(who.username());
            session.persist(m);
            session.flush();
            Added added = withdraw(session, c, m.getId());
            audit.append(stores.store(), session, who.username(), AuditAction.CHANGED, "must-not-receive",
                    String.valueOf(m.getId()), AuditDigest.of(stores.store(), "add", c.getReference(),
                            String.valueOf(entry.agency()), entry.personName(), entry.reason(),
                            String.valueOf(added.withdrawnRequests()), String.valueOf(added.withdrawnProposals())));
            return added;
        });
    }

    /** Takes an entry off the list, with the reason; the entry is kept, marked removed. */
    public void remove(String caseReference, long id, String reason) {
        AccountInfo who = coordinator();
        if (blank(reason)) {
            throw new IllegalArgumentException("say why the entry is removed: the case may then reach them again");
        }
        stores.store().doInTransaction(session -> {
            MaracCase c = theCase(session, who, caseReference);
            MustNotReceive m = entries(session, c, false).stream().filter(e -> e.getId() == id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("case " + caseReference
                            + " has no current must-not-receive entry " + id));
            m.remove(who.username(), clock.instant(), reason.strip());
            audit.append(stores.store(), session, who.username(), AuditAction.CHANGED, "must-not-receive",
                    String.valueOf(id), AuditDigest.of(stores.store(), "remove", c.getReference(), reason));
        });
    }

    /**
     * Adds {@code entry} (already made for {@code c}) in the caller's transaction and withdraws what the barred
     * agency holds, as {@link #add} does; the caller checked the permission and the scope, and audits. A person
     * merge uses it to keep the need-to-know of both records (decision 0040).
     */
    public Added addWithin(Session session, MaracCase c, MustNotReceive entry) {
        session.persist(entry);
        session.flush();
        return withdraw(session, c, entry.getId());
    }

    /** Withdraws open requests and proposals of every agency the case may no longer reach. */
    private Added withdraw(Session session, MaracCase c, long entryId) {
        Instant now = clock.instant();
        int requests = 0;
        int proposals = 0;
        List<PriorExport> sent = new ArrayList<>();
        for (String agency : WithheldCases.agenciesBarredFrom(session, c.getId(), agenciesHolding(session, c))) {
            for (ResearchRequest r : session.createSelectionQuery("from ResearchRequest r where r.agencyCode = :a"
                    + " and r.listing.maracCase = :c and r.withdrawnAt is null and r.listing.meeting.status <> :closed",
                    ResearchRequest.class).setParameter("a", agency).setParameter("c", c)
                    .setParameter("closed", MeetingStatus.CLOSED).getResultList()) {
                r.withdraw(now);
                requests++;
            }
            for (ProposedAction p : session.createSelectionQuery("from ProposedAction p where p.agencyCode = :a"
                    + " and p.listing.maracCase = :c and p.withdrawnAt is null and p.agreedAction is null",
                    ProposedAction.class).setParameter("a", agency).setParameter("c", c).getResultList()) {
                p.withdraw(now);
                proposals++;
            }
            sent.addAll(priorMinutes(session, c, agency));
        }
        return new Added(entryId, requests, proposals, List.copyOf(sent));
    }

    private static List<String> agenciesHolding(Session session, MaracCase c) {
        List<String> out = new ArrayList<>(session.createSelectionQuery("select distinct r.agencyCode"
                + " from ResearchRequest r where r.listing.maracCase = :c", String.class).setParameter("c", c)
                .getResultList());
        for (String a : session.createSelectionQuery("select distinct x.recipient from ExportRecord x"
                + " where x.kind = 'minutes'", String.class).getResultList()) {
            if (!out.contains(a) && Agency.fromCode(a).isPresent()) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<PriorExport> priorMinutes(Session session, MaracCase c, String agency) {
        List<String> subjects = session.createSelectionQuery("select l.meeting.id from Listing l"
                + " where l.maracCase = :c", Long.class).setParameter("c", c).getResultList().stream()
                .map(id -> "meeting " + id).toList();
        if (subjects.isEmpty()) {
            return List.of();
        }
        return session.createSelectionQuery("select x.exportedAt, x.exportedBy, x.subject, x.recipient"
                + " from ExportRecord x where x.kind = 'minutes' and x.recipient = :a and x.subject in :s"
                + " order by x.exportedAt", Object[].class).setParameter("a", agency).setParameter("s", subjects)
                .getResultList().stream().map(r -> new PriorExport((Instant) r[0], (String) r[1], (String) r[2],
                        (String) r[3])).toList();
    }

    /** True when an entry names the same agency (and person, if any) as another: how duplicates are spotted. */
    static boolean sameEntry(String agencyCode, String personName, MustNotReceiveEntry e) {
        String code = e.agency() == null ? null : e.agency().code();
        return java.util.Objects.equals(agencyCode, code)
                && Names.compact(personName == null ? "" : personName)
                .equals(Names.compact(e.personName() == null ? "" : e.personName()));
    }

    private AccountInfo coordinator() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        return who;
    }

    /** A case withheld from the coordinator is refused as a missing one is. */
    private static MaracCase theCase(Session session, AccountInfo who, String reference) {
        MaracCase c = session.createSelectionQuery("from MaracCase c where c.reference = :ref", MaracCase.class)
                .setParameter("ref", reference).getSingleResultOrNull();
        if (c == null || !CaseScope.of(session, who).includes(c.getId())) {
            throw new IllegalArgumentException("there is no case with that reference");
        }
        return c;
    }

    private static List<MustNotReceive> entries(Session session, MaracCase c, boolean withRemoved) {
        return session.createSelectionQuery("from MustNotReceive m where m.maracCase = :c"
                + (withRemoved ? "" : " and m.removedAt is null") + " order by m.removedAt nulls first, m.id",
                MustNotReceive.class).setParameter("c", c).getResultList();
    }

    private static MustNotReceiveItem item(MustNotReceive m) {
        return new MustNotReceiveItem(m.getId(), m.getAgencyCode() == null ? null
                : Agency.fromCode(m.getAgencyCode()).orElse(null), m.getPersonName(), m.getReason(), m.getAddedOn(),
                m.getAddedBy(), m.getRemovedAt(), m.getRemovedBy(), m.getRemovalReason());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
