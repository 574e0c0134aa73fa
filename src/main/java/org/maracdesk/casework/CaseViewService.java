package org.maracdesk.casework;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * Opens one case for the signed-in user and records the view in the audit trail, in the same
 * transaction: a case nobody could prove was seen is never shown.
 */
public final class CaseViewService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;

    public CaseViewService(StoreProvider stores, CurrentUser users, AuditLog audit) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
    }

    /**
     * @throws NotPermittedException when the user may not see this case ({@link CaseScope}); the
     *                               refusal is the same whether or not the case exists
     * @throws IllegalArgumentException when there is no such case
     */
    public CaseDetail open(long caseId) {
        AccountInfo who = users.current();
        Store store = stores.store();
        return store.inTransaction(session -> {
            CaseScope scope = CaseScope.of(session, who);
            if (!scope.includes(caseId)) {
                throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
            }
            CaseDetail detail = read(session, caseId,
                    PermissionMatrix.allows(who.role(), Permission.DECIDE_REFERRALS), scope.seesSafeContact());
            audit.append(store, session, who.username(), AuditAction.CASE_VIEWED, "case", detail.reference(), null);
            return detail;
        });
    }

    /** As {@link #open(long)}, by case reference (the refusal is the same whether or not it exists). */
    public CaseDetail open(String reference) {
        AccountInfo who = users.current();
        Long id = stores.store().read(s -> s.createSelectionQuery("select c.id from MaracCase c where c.reference = :r",
                Long.class).setParameter("r", reference).getSingleResultOrNull());
        if (id == null) {
            throw new NotPermittedException(who == null ? null : who.role(), Permission.VIEW_ALL_CASES);
        }
        return open(id);
    }

    private static CaseDetail read(Session s, long id, boolean showsSharingList, boolean seesSafeContact) {
        Object[] c = s.createSelectionQuery("select c.reference, c.status, c.district, c.openedOn, v.givenName,"
                        + " v.familyName, v.dateOfBirth, c.closedOn, c.closureOutcome, c.closureReason, v.id"
                        + " from MaracCase c join c.victim v where c.id = :id", Object[].class)
                .setParameter("id", id).uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("there is no case with that number"));
        Object[] latest = s.createSelectionQuery("select r.id, r.transferIn from Referral r where r.maracCase.id = :id"
                + " order by r.referralDate desc, r.id desc", Object[].class).setParameter("id", id).setMaxResults(1)
                .uniqueResult();
        return new CaseDetail(id, (String) c[0], (CaseStatus) c[1], (String) c[2], (LocalDate) c[3],
                person(c[10], c[4], c[5], c[6]), people(s, id, "perpetrators"), people(s, id, "children"),
                latestRisk(s, id), listings(s, id), actions(s, id),
                showsSharingList ? mustNotReceive(s, id) : List.of(), seesSafeContact,
                c[7] == null ? null : new CaseDetail.ClosureLine((LocalDate) c[7], (CaseOutcome) c[8], (String) c[9]),
                latest == null ? List.of() : CaseFlags.ofReferrals(s, List.of((Long) latest[0]))
                        .getOrDefault((Long) latest[0], List.of()), latest != null && (Boolean) latest[1]);
    }

    private static CaseDetail.PersonLine person(Object id, Object given, Object family, Object dob) {
        return new CaseDetail.PersonLine((Long) id, given + " " + family, (LocalDate) dob);
    }

    private static List<CaseDetail.PersonLine> people(Session s, long id, String role) {
        return s.createSelectionQuery("select p.id, p.givenName, p.familyName, p.dateOfBirth from MaracCase c join c."
                        + role + " p where c.id = :id order by p.familyName, p.givenName", Object[].class)
                .setParameter("id", id).getResultList().stream().map(r -> person(r[0], r[1], r[2], r[3])).toList();
    }

    private static CaseDetail.RiskLine latestRisk(Session s, long id) {
        return s.createSelectionQuery("select r.referralDate, r.instrumentId, r.score, r.band, r.repeatReferral, r.settingsVersion"
                        + " from Referral r where r.maracCase.id = :id order by r.referralDate desc, r.id desc", Object[].class)
                .setParameter("id", id).setMaxResults(1).uniqueResultOptional()
                .map(r -> new CaseDetail.RiskLine((LocalDate) r[0], (String) r[1], (Integer) r[2], (String) r[3],
                        (Boolean) r[4], (Integer) r[5]))
                .orElse(null);
    }

    private static List<CaseDetail.ListingLine> listings(Session s, long id) {
        return s.createSelectionQuery("select l.meeting.meetingDate, l.meeting.district, l.repeatListing from Listing l"
                        + " where l.maracCase.id = :id order by l.meeting.meetingDate desc", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new CaseDetail.ListingLine((LocalDate) r[0], (String) r[1], (Boolean) r[2])).toList();
    }

    private static List<CaseDetail.ActionLine> actions(Session s, long id) {
        return s.createSelectionQuery("select a.agencyCode, a.ownerName, a.description, a.dueDate, a.status,"
                        + " coalesce(t.name, a.typeCode) from ActionItem a left join ActionType t on t.code = a.typeCode"
                        + " where a.maracCase.id = :id order by a.dueDate, a.id", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new CaseDetail.ActionLine((String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        (ActionStatus) r[4], (String) r[5])).toList();
    }

    private static List<CaseDetail.MustNotReceiveLine> mustNotReceive(Session s, long id) {
        return s.createSelectionQuery("select m.agencyCode, m.personName, m.reason from MustNotReceive m"
                        + " left join m.referral r where m.removedAt is null and (m.maracCase.id = :id or r.maracCase.id = :id)"
                        + " order by m.id", Object[].class)
                .setParameter("id", id).getResultList().stream()
                .map(r -> new CaseDetail.MustNotReceiveLine((String) r[0], (String) r[1], (String) r[2]))
                .distinct().toList();
    }

    /**
     * The further §2.3 fields of a case's latest referral (decision 0046): its date and values (null: none given).
     * {@code childrenAddressesHeld}: where the children live is a safe address the account may not see (decision
     * 0070); it is left out of {@code values}, and the screen says the coordinator holds it.
     */
    public record LatestCircumstances(LocalDate referralDate, ReferralCircumstances values,
                                      boolean childrenAddressesHeld) {
    }

    /**
     * The further §2.3 fields the case's latest referral gave (issue 16, decision 0046), for the case screen's
     * section: within the account's {@link CaseScope} only, and audited as a viewing of the case's referral.
     */
    public LatestCircumstances latestCircumstances(long caseId) {
        AccountInfo who = users.current();
        Store store = stores.store();
        return store.inTransaction(session -> {
            CaseScope scope = CaseScope.of(session, who);
            if (!scope.includes(caseId)) {
                throw new NotPermittedException(who.role(), Permission.VIEW_ALL_CASES);
            }
            List<Referral> latest = session.createSelectionQuery("from Referral r where r.maracCase.id = :id"
                    + " order by r.referralDate desc, r.id desc", Referral.class).setParameter("id", caseId)
                    .setMaxResults(1).getResultList();
            if (latest.isEmpty()) {
                return new LatestCircumstances(null, null, false);
            }
            Referral r = latest.get(0);
            audit.append(store, session, who.username(), AuditAction.VIEWED, "referral-circumstances",
                    String.valueOf(r.getId()), null);
            ReferralCircumstances c = r.getCircumstances();
            if (scope.seesSafeContact() || c == null) {
                return new LatestCircumstances(r.getReferralDate(), c, false);
            }
            return new LatestCircumstances(r.getReferralDate(), c.withoutChildrenAddresses(), true);
        });
    }
}
