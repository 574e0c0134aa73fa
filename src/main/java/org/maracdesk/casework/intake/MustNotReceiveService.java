package org.maracdesk.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.matching.Names;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * A case's "must not receive" list: agencies or named people who must never see anything about it
 * (e.g. an agency employing the perpetrator). The same agency, or the same person however the
 * name is spaced or capitalised, is never on the list twice. Changes are audited as digests.
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

    public List<MustNotReceiveItem> list(String caseReference) {
        PermissionMatrix.require(users.current(), Permission.DECIDE_REFERRALS);
        return stores.store().read(session -> entries(session, theCase(session, caseReference)).stream()
                .map(m -> new MustNotReceiveItem(m.getId(), m.getAgencyCode() == null ? null
                        : Agency.fromCode(m.getAgencyCode()).orElse(null), m.getPersonName(), m.getReason(),
                        m.getAddedOn())).toList());
    }

    /**
     * @throws DuplicateEntryException when the agency or person is already on the list
     * @throws IllegalArgumentException when neither an agency nor a person is named, or there is no reason
     */
    public long add(String caseReference, MustNotReceiveEntry entry) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        if (entry.agency() == null && blank(entry.personName()) || blank(entry.reason())) {
            throw new IllegalArgumentException("name an agency or a person, and say why");
        }
        return stores.store().inTransaction(session -> {
            MaracCase c = theCase(session, caseReference);
            for (MustNotReceive m : entries(session, c)) {
                if (sameEntry(m.getAgencyCode(), m.getPersonName(), entry)) {
                    throw new DuplicateEntryException();
                }
            }
            MustNotReceive m = new MustNotReceive(c, null, entry.agency(),
                    blank(entry.personName()) ? null : entry.personName().strip(), entry.reason().strip(),
                    LocalDate.now(clock));
            session.persist(m);
            session.flush();
            audit.append(stores.store(), session, who.username(), AuditAction.CHANGED, "must-not-receive",
                    String.valueOf(m.getId()), AuditDigest.of("add|" + entry));
            return m.getId();
        });
    }

    public void remove(long id) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        stores.store().doInTransaction(session -> {
            MustNotReceive m = session.get(MustNotReceive.class, id);
            if (m != null) {
                session.remove(m);
                audit.append(stores.store(), session, who.username(), AuditAction.CHANGED, "must-not-receive",
                        String.valueOf(id), AuditDigest.of("remove|" + id));
            }
        });
    }

    /** True when an entry names the same agency (and person, if any) as another: how duplicates are spotted. */
    static boolean sameEntry(String agencyCode, String personName, MustNotReceiveEntry e) {
        String code = e.agency() == null ? null : e.agency().code();
        return java.util.Objects.equals(agencyCode, code)
                && Names.compact(personName == null ? "" : personName)
                .equals(Names.compact(e.personName() == null ? "" : e.personName()));
    }

    private static MaracCase theCase(Session session, String reference) {
        MaracCase c = session.createSelectionQuery("from MaracCase c where c.reference = :ref", MaracCase.class)
                .setParameter("ref", reference).getSingleResultOrNull();
        if (c == null) {
            throw new IllegalArgumentException("there is no case with that reference");
        }
        return c;
    }

    private static List<MustNotReceive> entries(Session session, MaracCase c) {
        return session.createSelectionQuery("from MustNotReceive m where m.maracCase = :c order by m.id",
                MustNotReceive.class).setParameter("c", c).getResultList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
