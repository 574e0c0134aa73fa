package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.CaseStatus;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingChange;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ResearchStatus;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * Correcting an agenda by hand (coordinator): take a case off a meeting with a reason, defer it to a
 * chosen later meeting, move it up or down within the children-first rule, and list a case by hand
 * (a late urgent referral after the cut-off). Each change is kept in the meeting's history.
 */
public final class AgendaCorrectionService {
    private final StoreProvider stores;
    private final CurrentUser users;
    private final Clock clock;
    private final MeetingHistory history;

    public AgendaCorrectionService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.clock = clock;
        this.history = new MeetingHistory(new ChangeLog(stores, users, audit), users, clock);
    }

    /**
     * Takes a case off a scheduled meeting. Its pending research requests and unagreed proposed actions go
     * with it; automatic listing does not put the referral back. Refused once an agency has submitted research
     * or an action has been agreed for it at the meeting: defer the case instead, which keeps them.
     */
    public void remove(long listingId, String reason) {
        AccountInfo who = coordinator();
        String why = MeetingCorrectionService.reason(reason, "say why the case is taken off the agenda");
        stores.store().doInTransaction(s -> {
            Listing l = listing(s, who, listingId);
            Meeting m = l.getMeeting();
            Headers.requireOpen(m);
            long submitted = count(s, "select count(r) from ResearchRequest r where r.listing = :l and r.status = :st"
                    + " and r.withdrawnAt is null", l, ResearchStatus.SUBMITTED);
            long agreed = count(s, "select count(p) from ProposedAction p where p.listing = :l and"
                    + " p.agreedAction is not null", l, null);
            if (submitted > 0 || agreed > 0) {
                throw new IllegalStateException("research or an agreed action is already recorded for case "
                        + l.getMaracCase().getReference() + " at this meeting; defer it to a later meeting instead");
            }
            MeetingChange c = history.record(s, m.getId(), l.getMaracCase().getId(), "listing.removed",
                    m.getMeetingDate(), null, why);
            c.forReferral(referralOf(s, l));
            s.createMutationQuery("delete from ResearchRequest r where r.listing = :l").setParameter("l", l)
                    .executeUpdate();
            s.createMutationQuery("delete from ProposedAction p where p.listing = :l").setParameter("l", l)
                    .executeUpdate();
            s.remove(l);
            s.flush();
            AutoLister.order(s, m);
        });
    }

    /** Defers a listed case to a later scheduled meeting, with the reason; its research goes with it. */
    public void defer(long listingId, long toMeetingId, String reason) {
        AccountInfo who = coordinator();
        String why = MeetingCorrectionService.reason(reason, "say why the case is deferred");
        stores.store().doInTransaction(s -> {
            Listing l = listing(s, who, listingId);
            Meeting from = l.getMeeting();
            Meeting to = Headers.meeting(s, toMeetingId);
            Headers.requireOpen(from);
            Headers.requireOpen(to);
            if (!to.getMeetingDate().isAfter(from.getMeetingDate())) {
                throw new IllegalArgumentException("choose a meeting after " + from.getMeetingDate()
                        + " to defer the case to");
            }
            if (count(s, "select count(x) from Listing x where x.meeting = :m and x.maracCase = :c", to,
                    l.getMaracCase()) > 0) {
                throw new IllegalArgumentException("case " + l.getMaracCase().getReference()
                        + " is already listed on that meeting");
            }
            l.moveTo(to);
            l.setAgendaOrder(Integer.MAX_VALUE);
            s.flush();
            AutoLister.order(s, from);
            AutoLister.order(s, to);
            if (to.getCirculatedAt() != null) {
                Circulation.requestFor(s, l, clock.instant());
            }
            history.record(s, from.getId(), l.getMaracCase().getId(), "listing.deferredTo", from.getId(),
                    to.getId(), why);
            history.record(s, to.getId(), l.getMaracCase().getId(), "listing.deferredFrom", from.getId(),
                    to.getId(), why);
        });
    }

    /**
     * Moves a case one place up ({@code -1}) or down ({@code +1}). Cases with children stay above
     * cases without: a move across that line is refused, as is moving the first case up or the last down.
     */
    public void reorder(long listingId, int step) {
        AccountInfo who = coordinator();
        if (step != -1 && step != 1) {
            throw new IllegalArgumentException("a case moves one place up or down");
        }
        stores.store().doInTransaction(s -> {
            Listing l = listing(s, who, listingId);
            Meeting m = l.getMeeting();
            Headers.requireOpen(m);
            AutoLister.order(s, m);
            List<Object[]> rows = s.createSelectionQuery("select x, size(x.maracCase.children) from Listing x"
                    + " where x.meeting = :m order by x.agendaOrder", Object[].class).setParameter("m", m)
                    .getResultList();
            int at = rows.stream().map(r -> (Listing) r[0]).toList().indexOf(l);
            int other = at + step;
            if (other < 0 || other >= rows.size()) {
                throw new IllegalArgumentException(step < 0 ? "the case is already first" : "the case is already last");
            }
            if ((((Number) rows.get(at)[1]).intValue() > 0) != (((Number) rows.get(other)[1]).intValue() > 0)) {
                throw new IllegalArgumentException("cases with children are heard before cases without;"
                        + " a case cannot move across that line");
            }
            Listing neighbour = (Listing) rows.get(other)[0];
            int was = l.getAgendaOrder();
            l.setAgendaOrder(neighbour.getAgendaOrder());
            neighbour.setAgendaOrder(was);
            history.record(s, m.getId(), l.getMaracCase().getId(), "listing.order", was, l.getAgendaOrder(), null);
        });
    }

    /**
     * Lists a case on a scheduled meeting by hand, whatever the cut-off (a late urgent referral), with the
     * reason. The case needs an accepted referral and must be open; agencies are asked for research at once
     * when the list has already been circulated.
     *
     * @return the new listing's id
     */
    public long add(long meetingId, String caseReference, String reason) {
        AccountInfo who = coordinator();
        String why = MeetingCorrectionService.reason(reason, "say why the case is listed by hand");
        return stores.store().inTransaction(s -> {
            Meeting m = Headers.meeting(s, meetingId);
            Headers.requireOpen(m);
            MaracCase c = s.createSelectionQuery("from MaracCase c where c.reference = :r", MaracCase.class)
                    .setParameter("r", caseReference == null ? "" : caseReference.strip()).getSingleResultOrNull();
            if (c == null || !CaseScope.of(s, who).includes(c.getId())) {
                throw new IllegalArgumentException("there is no case " + caseReference + " among the cases you may see");
            }
            if (c.getStatus() == CaseStatus.CLOSED) {
                throw new IllegalArgumentException("case " + caseReference + " is closed; open it again first");
            }
            if (count(s, "select count(x) from Listing x where x.meeting = :m and x.maracCase = :c", m, c) > 0) {
                throw new IllegalArgumentException("case " + caseReference + " is already on this agenda");
            }
            List<Referral> accepted = s.createSelectionQuery("from Referral r where r.maracCase = :c and r.status"
                    + " = :st order by r.referralDate desc, r.id desc", Referral.class).setParameter("c", c)
                    .setParameter("st", ReferralStatus.ACCEPTED).setMaxResults(1).getResultList();
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("case " + caseReference + " has no accepted referral to list");
            }
            Referral r = accepted.get(0);
            Listing l = new Listing(m, c, Integer.MAX_VALUE, false);
            l.listedFor(r, r.isRepeat(), false); // the agenda reads transfer-in from the referral itself
            s.persist(l);
            s.flush();
            AutoLister.order(s, m);
            if (m.getCirculatedAt() != null) {
                Circulation.requestFor(s, l, clock.instant());
            }
            history.record(s, m.getId(), c.getId(), "listing.added", null, m.getMeetingDate(), why);
            return l.getId();
        });
    }

    private static Long referralOf(Session s, Listing l) {
        if (l.getReferral() != null) {
            return l.getReferral().getId();
        }
        List<Long> ids = s.createSelectionQuery("select r.id from Referral r where r.maracCase = :c and r.status"
                + " = :st order by r.referralDate desc, r.id desc", Long.class).setParameter("c", l.getMaracCase())
                .setParameter("st", ReferralStatus.ACCEPTED).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static long count(Session s, String hql, Object first, Object second) {
        var q = s.createSelectionQuery(hql, Long.class);
        if (hql.contains(":l")) {
            q.setParameter("l", first);
            if (second != null) {
                q.setParameter("st", second);
            }
        } else {
            q.setParameter("m", first).setParameter("c", second);
        }
        return q.getSingleResult();
    }

    /** A listing of a case the account may see, else refused as if it did not exist. */
    private static Listing listing(Session s, AccountInfo who, long listingId) {
        Listing l = s.get(Listing.class, listingId);
        if (l == null || !CaseScope.of(s, who).includes(l.getMaracCase().getId())) {
            throw new IllegalArgumentException("there is no listed case " + listingId + " you may change; refresh"
                    + " the agenda");
        }
        return l;
    }

    private AccountInfo coordinator() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.MANAGE_MEETINGS);
        return who;
    }
}
