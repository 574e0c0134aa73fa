package org.maracdesk.casework.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.maracdesk.casework.CaseOutcome;
import org.maracdesk.casework.CaseStatus;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.store.Store;

/**
 * What reversing a decision does to the case (decision 0037):
 * <ul>
 * <li>From accepted: refused, naming the meeting, while the case is listed for this referral on a meeting that
 * is scheduled (take it off the agenda first, with its reason) or was held (it was heard: close the case
 * instead). Otherwise the referral leaves the case; a case with no other accepted referral is closed (outcome
 * other, the reason given), so it leaves the open list and its retention counts from today.</li>
 * <li>To accepted: the referral joins the victim's latest case (opened again if closed) or a new one, with the
 * people it names and its must-not-receive entries, and waits for automatic listing like any accepted referral.</li>
 * <li>Between Idva only and declined: the decision and its reason change.</li>
 * </ul>
 */
final class DecisionReversal {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private final Session s;
    private final AuditLog audit;
    private final Store store;
    private final AccountInfo who;
    private final Clock clock;

    DecisionReversal(Session s, AuditLog audit, Store store, AccountInfo who, Clock clock) {
        this.s = s;
        this.audit = audit;
        this.store = store;
        this.who = who;
        this.clock = clock;
    }

    ReferralRecordService.Reversed reverse(Referral r, ReferralStatus to, String why, ChangeHistory h) {
        ReferralStatus from = r.getStatus();
        MaracCase before = r.getMaracCase();
        MaracCase after = null;
        boolean opened = false;
        boolean closed = false;
        if (from == ReferralStatus.ACCEPTED) {
            refuseWhileListed(r, before);
        }
        if (to == ReferralStatus.ACCEPTED) {
            MaracCase existing = new CaseLookup(s, new IntakeMemory()).latestCaseEntity(r.getVictim().getId());
            after = existing != null ? existing : newCase(r);
            opened = existing == null;
            if (existing != null && existing.getStatus() == CaseStatus.CLOSED) {
                existing.reopen();
                audit.append(store, s, who.username(), AuditAction.CHANGED, "case-reopened", existing.getReference(),
                        AuditDigest.of(store, why));
            }
            join(r, after);
        }
        r.decide(to, why, after);
        s.flush();
        if (before != null && before.getStatus() != CaseStatus.CLOSED && acceptedLeft(before) == 0) {
            before.close(LocalDate.now(clock), CaseOutcome.OTHER, "The referral decision was reversed: " + why);
            audit.append(store, s, who.username(), AuditAction.CHANGED, "case-closed", before.getReference(),
                    AuditDigest.of(store, CaseOutcome.OTHER.code(), why));
            closed = true;
        }
        h.field("status", from.name(), to.name(), why);
        h.field("case", before == null ? null : before.getReference(), after == null ? null : after.getReference(), why);
        return new ReferralRecordService.Reversed(from, to, after != null ? after.getReference()
                : before == null ? null : before.getReference(), opened, closed);
    }

    private void refuseWhileListed(Referral r, MaracCase c) {
        List<Listing> listed = s.createSelectionQuery("from Listing l join fetch l.meeting m where l.referral = :r"
                + " and m.status <> :cancelled order by m.meetingDate", Listing.class).setParameter("r", r)
                .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList();
        if (listed.isEmpty()) {
            return;
        }
        var m = listed.get(0).getMeeting();
        String meeting = "the meeting of " + DATE.format(m.getMeetingDate())
                + (m.getDistrict() == null ? "" : " (" + m.getDistrict() + ")") + ", meeting " + m.getId();
        if (m.getStatus() == MeetingStatus.CLOSED) {
            throw new IllegalStateException("case " + c.getReference() + " was heard for this referral at " + meeting
                    + ": the decision can no longer be reversed; close the case instead, with its reason");
        }
        throw new IllegalStateException("case " + c.getReference() + " is listed for this referral on " + meeting
                + ": take it off that agenda first (Meetings, the agenda, Remove, with the reason), then reverse"
                + " the decision");
    }

    private long acceptedLeft(MaracCase c) {
        return s.createSelectionQuery("select count(r) from Referral r where r.maracCase = :c and r.status = :a",
                Long.class).setParameter("c", c).setParameter("a", ReferralStatus.ACCEPTED).getSingleResult();
    }

    private MaracCase newCase(Referral r) {
        Person victim = r.getVictim();
        MaracCase c = new MaracCase(new CaseReferences(s).next(r.getReferralDate().getYear()), victim,
                victim.getDistrict(), LocalDate.now(clock));
        s.persist(c);
        return c;
    }

    /** The people the referral names go on the case (once each); its must-not-receive entries apply to the case. */
    private void join(Referral r, MaracCase c) {
        List<Object[]> named = s.createSelectionQuery("select x.person, x.role from ReferralPerson x"
                + " where x.referral = :r", Object[].class).setParameter("r", r).getResultList();
        for (Object[] row : named) {
            Person p = (Person) row[0];
            switch ((PersonRole) row[1]) {
                case PERPETRATOR -> c.getPerpetrators().add(p);
                case CHILD -> c.getChildren().add(p);
                case OTHER_AT_RISK -> c.getOthersAtRisk().add(p);
            }
        }
        s.createSelectionQuery("from MustNotReceive m where m.referral = :r", MustNotReceive.class)
                .setParameter("r", r).getResultList().forEach(m -> m.attachTo(c));
    }
}
