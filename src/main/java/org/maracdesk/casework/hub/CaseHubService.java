package org.maracdesk.casework.hub;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLine;
import org.maracdesk.security.AuditPage;
import org.maracdesk.security.AuditQuery;
import org.maracdesk.security.AuditTrail;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.NotPermittedException;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * The case hub's reads (decision 0045): one case's referrals, listings with what their meetings recorded
 * (joint safety plans among it), research by agency, actions, and who opened it. Every read first asks
 * {@link CaseScope} whether the account may see the case, with the same refusal whether or not it exists;
 * opening the case itself was already recorded in the audit trail by {@code CaseViewService}.
 */
public final class CaseHubService {
    /** The most audit entries "who saw this case" shows, newest first. */
    public static final int WHO_SAW_LIMIT = 200;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditTrail auditTrail;

    public CaseHubService(StoreProvider stores, CurrentUser users, AuditTrail auditTrail) {
        this.stores = stores;
        this.users = users;
        this.auditTrail = auditTrail;
    }

    /** The case's referrals, newest first (decided ones and any draft attached to it). */
    public List<HubRecords.Referral> referrals(long caseId) {
        return inScope(caseId, s -> s.createSelectionQuery("select r.id, r.referralDate, r.status, r.referringAgency,"
                        + " r.band, r.score, r.repeatReferral, r.decisionReason, r.referrer.ricAttached,"
                        + " r.referrer.managerSignOff, r.referrer.signedOffOn from Referral r"
                        + " where r.maracCase.id = :id order by r.referralDate desc, r.id desc", Object[].class)
                .setParameter("id", caseId).getResultList().stream()
                .map(r -> new HubRecords.Referral((Long) r[0], (LocalDate) r[1], (ReferralStatus) r[2], (String) r[3],
                        (String) r[4], (Integer) r[5], Boolean.TRUE.equals(r[6]), (String) r[7], (Boolean) r[8],
                        (String) r[9], (LocalDate) r[10])).toList());
    }

    /** The case's listings, newest meeting first, each with what its meeting recorded about the case. */
    public List<HubRecords.Listing> listings(long caseId) {
        return inScope(caseId, s -> s.createSelectionQuery("select l.id, m.id, m.meetingDate, m.district, m.status,"
                        + " l.repeatListing, l.risksToVictim, l.risksToChildren, l.risksToOthers,"
                        + " l.risksFromPerpetrator, l.safetyPlan, l.notes from Listing l join l.meeting m"
                        + " where l.maracCase.id = :id order by m.meetingDate desc, l.id desc", Object[].class)
                .setParameter("id", caseId).getResultList().stream()
                .map(r -> new HubRecords.Listing((Long) r[0], (Long) r[1], (LocalDate) r[2], (String) r[3],
                        (MeetingStatus) r[4], Boolean.TRUE.equals(r[5]), blankToNull(r[6]), blankToNull(r[7]),
                        blankToNull(r[8]), blankToNull(r[9]), blankToNull(r[10]), blankToNull(r[11]))).toList());
    }

    /**
     * The research agencies gave for the case's listings, by agency then newest meeting first: facts and
     * opinion apart, under the agency's name in the MARAC's list. Withdrawn requests are left out, and so are
     * requests a meeting already held never had answered; what an agency chose not to share is not shown here.
     */
    public List<HubRecords.Research> research(long caseId) {
        return inScope(caseId, s -> s.createSelectionQuery("select r.agencyCode, ag.name, m.meetingDate, r.status,"
                        + " r.facts, r.opinion from ResearchRequest r join r.listing l join l.meeting m"
                        + " left join MaracAgency ag on ag.code = r.agencyCode"
                        + " where l.maracCase.id = :id and r.withdrawnAt is null"
                        + " and (r.status = :submitted or m.status = :scheduled)"
                        + " order by r.agencyCode, m.meetingDate desc, r.id", Object[].class)
                .setParameter("id", caseId)
                .setParameter("submitted", org.maracdesk.casework.ResearchStatus.SUBMITTED)
                .setParameter("scheduled", org.maracdesk.casework.MeetingStatus.SCHEDULED)
                .getResultList().stream()
                .map(r -> new HubRecords.Research((String) r[0], r[1] == null ? (String) r[0] : (String) r[1],
                        (LocalDate) r[2], r[3] == org.maracdesk.casework.ResearchStatus.SUBMITTED,
                        blankToNull(r[4]), blankToNull(r[5])))
                .toList());
    }

    /** The case's actions, by due date. */
    public List<HubRecords.Action> actions(long caseId) {
        return inScope(caseId, s -> s.createSelectionQuery("select a.id, a.agencyCode, a.ownerName, a.description,"
                        + " a.dueDate, a.status, coalesce(t.name, a.typeCode), m.meetingDate, ag.name from ActionItem a"
                        + " left join a.meeting m left join ActionType t on t.code = a.typeCode"
                        + " left join MaracAgency ag on ag.code = a.agencyCode"
                        + " where a.maracCase.id = :id order by a.dueDate, a.id", Object[].class)
                .setParameter("id", caseId).getResultList().stream()
                .map(r -> new HubRecords.Action((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (LocalDate) r[4], (ActionStatus) r[5], (String) r[6], (LocalDate) r[7],
                        r[8] == null ? (String) r[1] : (String) r[8])).toList());
    }

    /**
     * "Who saw this case": the audit trail's entries about the case (opened, closed, reopened and the like),
     * newest first, at most {@value #WHO_SAW_LIMIT}. For the coordinator only, and only for a case in scope.
     */
    public List<AuditLine> whoSaw(long caseId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        String reference = inScope(caseId, s -> s.createSelectionQuery("select c.reference from MaracCase c"
                + " where c.id = :id", String.class).setParameter("id", caseId).getSingleResult());
        AuditPage page = auditTrail.page(new AuditQuery(null, null, reference), 0, WHO_SAW_LIMIT);
        return page.lines();
    }

    private <T> T inScope(long caseId, Function<Session, T> read) {
        AccountInfo who = users.current();
        return stores.store().read(s -> {
            if (!CaseScope.of(s, who).includes(caseId)) {
                throw new NotPermittedException(who == null ? null : who.role(), Permission.VIEW_ALL_CASES);
            }
            return read.apply(s);
        });
    }

    private static String blankToNull(Object text) {
        return text == null || text.toString().isBlank() ? null : text.toString();
    }
}
