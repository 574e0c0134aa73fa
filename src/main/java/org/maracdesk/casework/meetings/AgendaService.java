package org.maracdesk.casework.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.StoreProvider;

/**
 * The MARAC list: accepted referrals listed automatically on the next meeting whose cut-off has
 * not passed, children's cases first, moves, circulation to agencies for research, and the
 * 12-month lapse list.
 */
public final class AgendaService {
    /** A lapse is noted at the meeting nearest to it: up to this many days either side. */
    static final int LAPSE_WINDOW_DAYS = 28;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final ChangeLog changes;
    private final Clock clock;
    private final AutoLister lister;
    private final org.maracdesk.casework.ReadAudit reads;

    public AgendaService(StoreProvider stores, CurrentUser users, org.maracdesk.security.AuditLog audit, Clock clock) {
        this.stores = stores;
        this.users = users;
        this.changes = new ChangeLog(stores, users, audit);
        this.clock = clock;
        this.lister = new AutoLister(changes);
        this.reads = new org.maracdesk.casework.ReadAudit(audit);
    }

    /**
     * Accepted referrals made from {@code from} to {@code to} whose wait from referral to hearing passed the local
     * longest wait (decision 0059), within the account's scope, oldest first; those not yet heard count until today.
     */
    public List<LongWaits.LongWait> longWaits(LocalDate from, LocalDate to) {
        org.maracdesk.security.AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> LongWaits.find(s, org.maracdesk.casework.CaseScope.of(s, who),
                org.maracdesk.casework.settings.Settings.current(s).timescales(), from, to, LocalDate.now(clock)));
    }

    /**
     * Accepted referrals waiting to be listed (the {@code referral_waiting} marker), within the account's scope,
     * oldest first, each marked when it has waited past the local longest wait (issue 16).
     */
    public List<WaitingToBeListed.Waiting> waiting() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> WaitingToBeListed.find(s, CaseScope.of(s, who),
                org.maracdesk.casework.settings.Settings.current(s).timescales(), LocalDate.now(clock)));
    }

    /**
     * Lists every accepted referral whose case is not yet listed on a meeting on or after the
     * referral date, on the next meeting of its district whose cut-off has not passed, and puts
     * each changed agenda in order. The referral form may call this after accepting a referral.
     *
     * @return how many cases were listed
     */
    public int refresh() {
        PermissionMatrix.require(users.current(), Permission.MANAGE_MEETINGS);
        return stores.store().inTransaction(s -> lister.listAccepted(s, LocalDate.now(clock)));
    }

    /** Resolves {@code next}, {@code last} or a meeting id; empty when there is no such meeting. */
    public java.util.Optional<Long> resolve(String which) {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        LocalDate today = LocalDate.now(clock);
        return stores.store().read(s -> switch (which) {
            case "next" -> first(s, "from Meeting m where m.status = :st and m.meetingDate >= :d"
                    + " order by m.meetingDate, m.id", MeetingStatus.SCHEDULED, today);
            case "last" -> first(s, "from Meeting m where m.status = :st and m.meetingDate <= :d"
                    + " order by m.meetingDate desc, m.id desc", MeetingStatus.CLOSED, today);
            default -> java.util.Optional.ofNullable(s.get(Meeting.class, parseId(which))).map(Meeting::getId);
        });
    }

    private static java.util.Optional<Long> first(Session s, String hql, MeetingStatus st, LocalDate d) {
        return s.createSelectionQuery(hql, Meeting.class).setParameter("st", st).setParameter("d", d)
                .setMaxResults(1).uniqueResultOptional().map(Meeting::getId);
    }

    private static long parseId(String which) {
        try {
            return Long.parseLong(which);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--meeting: \"" + which + "\" is not a meeting id, next or last");
        }
    }

    /** Scheduled and recent meetings, soonest first, for choosing one. */
    public List<MeetingHeader> meetings(LocalDate from) {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> s.createSelectionQuery(
                "from Meeting m where m.meetingDate >= :d order by m.meetingDate, m.district, m.id", Meeting.class)
                .setParameter("d", from).getResultList().stream().map(m -> Headers.of(s, m)).toList());
    }

    /** The agenda of one meeting, in order. */
    public Agenda agenda(long meetingId) {
        PermissionMatrix.require(users.current(), Permission.VIEW_AGENDA_CASES);
        AccountInfo who = users.current();
        return stores.store().inTransaction(s -> {
            Agenda agenda = new AgendaReader(s, CaseScope.of(s, who)).read(Headers.meeting(s, meetingId));
            reads.shown(stores.store(), s, who, "agenda", meetingId,
                    agenda.cases().stream().map(AgendaItem::caseId).toList());
            return agenda;
        });
    }

    /** Moves a listed case to another scheduled meeting (its research requests go with it). */
    public void move(long listingId, long toMeetingId) {
        PermissionMatrix.require(users.current(), Permission.MANAGE_MEETINGS);
        stores.store().doInTransaction(s -> {
            Listing listing = s.get(Listing.class, listingId);
            if (listing == null) {
                throw new IllegalArgumentException("there is no listing " + listingId);
            }
            Meeting from = listing.getMeeting();
            Meeting to = Headers.meeting(s, toMeetingId);
            Headers.requireOpen(from);
            Headers.requireOpen(to);
            if (from.getId().equals(to.getId())) {
                return;
            }
            long already = s.createSelectionQuery("select count(l) from Listing l where l.meeting = :m and"
                    + " l.maracCase = :c", Long.class).setParameter("m", to).setParameter("c", listing.getMaracCase())
                    .getSingleResult();
            if (already > 0) {
                throw new IllegalArgumentException("the case is already listed on that meeting");
            }
            listing.moveTo(to);
            listing.setAgendaOrder(Integer.MAX_VALUE);
            s.flush();
            AutoLister.order(s, from);
            AutoLister.order(s, to);
            if (to.getCirculatedAt() != null) {
                Circulation.requestFor(s, listing, clock.instant());
            }
            changes.changed(s, "listing", listingId, "meeting", String.valueOf(toMeetingId));
        });
    }

    /**
     * Circulates the list: first lists newly accepted referrals, then creates one research request
     * per active agency per listed case (never to an agency that must not receive the case).
     *
     * @return how many requests were created (circulating again adds only what is missing)
     */
    public int circulate(long meetingId) {
        return circulateNoting(meetingId).created();
    }

    /**
     * The same, saying which active agencies were asked with no signed information-sharing agreement on file
     * (decision 0059): the MARAC decides whether to share with them, so they are named, never left out, and the
     * meeting's change log records that the list went to them anyway.
     */
    public Circulated circulateNoting(long meetingId) {
        PermissionMatrix.require(users.current(), Permission.MANAGE_MEETINGS);
        return stores.store().inTransaction(s -> {
            lister.listAccepted(s, LocalDate.now(clock));
            Meeting m = Headers.meeting(s, meetingId);
            Headers.requireOpen(m);
            int created = 0;
            for (Listing l : s.createSelectionQuery("from Listing l where l.meeting = :m order by l.agendaOrder",
                    Listing.class).setParameter("m", m).getResultList()) {
                created += Circulation.requestFor(s, l, clock.instant());
            }
            m.circulated(clock.instant());
            changes.changed(s, "meeting", meetingId, "circulated", String.valueOf(created));
            List<String> unsigned = s.createSelectionQuery("select a.name from MaracAgency a where a.active"
                    + " and a.isaSignedOn is null order by a.sortOrder, a.code", String.class).getResultList();
            if (created > 0 && !unsigned.isEmpty()) {
                changes.changed(s, "meeting", meetingId, "circulatedWithoutAgreement", String.join(", ", unsigned));
            }
            return new Circulated(created, unsigned);
        });
    }

    /** Requests created, and the active agencies with no signed information-sharing agreement, by name. */
    public record Circulated(int created, List<String> withoutAgreement) {
    }

    /**
     * Cases whose last MARAC referral or listing before the meeting passes the repeat window (the
     * local settings', 12 months by default) within four weeks of its date: a later incident is a
     * new referral, not a repeat, and agencies may take their flags off.
     */
    public List<LapseItem> lapseList(long meetingId) {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.VIEW_AGENDA_CASES);
        return stores.store().read(s -> lapses(s, CaseScope.of(s, who), Headers.meeting(s, meetingId)));
    }

    static List<LapseItem> lapses(Session s, CaseScope scope, Meeting m) {
        return LapseQuery.find(s, scope, m);
    }

    /** The risk result and grounds of the referral a case is listed for. */
    private record RiskLine(Integer score, String band, List<String> routes, String professionalJudgement,
                            Integer policeIncidents, boolean repeat, boolean transferIn, Long referralId,
                            String transferFrom) {
        static final RiskLine NONE = new RiskLine(null, null, List.of(), null, null, false, false, null, null);
    }

    /** Reads a meeting's listings with their latest referral and research. */
    static final class AgendaReader {
        private final Session s;
        private final CaseScope scope;

        AgendaReader(Session s, CaseScope scope) {
            this.s = s;
            this.scope = scope;
        }

        Agenda read(Meeting m) {
            List<String> agencies = Circulation.activeAgencies(s);
            List<String> childrenFirst = Circulation.childrenFirst(s, agencies);
            List<Object[]> rows = s.createSelectionQuery("select l, c.reference, v.givenName, v.familyName,"
                    + " size(c.children) from Listing l join l.maracCase c join c.victim v where l.meeting = :m"
                    + " order by l.agendaOrder, l.id", Object[].class).setParameter("m", m).getResultList();
            int withheld = (int) rows.stream().filter(r -> !scope.includes(((Listing) r[0]).getMaracCase().getId()))
                    .count();
            rows = rows.stream().filter(r -> scope.includes(((Listing) r[0]).getMaracCase().getId())).toList();
            Set<Long> caseIds = rows.stream().map(r -> ((Listing) r[0]).getMaracCase().getId())
                    .collect(Collectors.toSet());
            Map<Long, RiskLine> referrals = latestReferrals(caseIds, m.getMeetingDate());
            Map<Long, List<org.maracdesk.casework.ReferralFlag>> flags = org.maracdesk.casework.CaseFlags.ofReferrals(s,
                    referrals.values().stream().map(RiskLine::referralId).toList());
            Map<Long, Map<String, ResearchState>> research = research(m);
            Map<Long, Map<String, Integer>> proposals = proposals(m);
            Map<Long, AgendaItem.OpenTransfer> transfers = openTransfers(caseIds);
            List<AgendaItem> items = new ArrayList<>();
            for (Object[] r : rows) {
                Listing l = (Listing) r[0];
                long caseId = l.getMaracCase().getId();
                RiskLine ref = referrals.getOrDefault(caseId, RiskLine.NONE);
                Map<String, ResearchState> byAgency = new LinkedHashMap<>();
                Map<String, ResearchState> found = research.getOrDefault(l.getId(), Map.of());
                (((Number) r[4]).intValue() > 0 ? childrenFirst : agencies).forEach(a -> byAgency.put(a,
                        found.getOrDefault(a, ResearchState.NOT_REQUESTED)));
                found.forEach(byAgency::putIfAbsent);
                items.add(new AgendaItem(l.getId(), caseId, (String) r[1], r[2] + " " + r[3], l.getAgendaOrder(),
                        ((Number) r[4]).intValue(), l.isRepeatListing() || ref.repeat(),
                        l.isTransferIn() || ref.transferIn(), ref.score(), ref.band(), ref.routes(),
                        ref.professionalJudgement(), ref.policeIncidents(), byAgency,
                        flags.getOrDefault(ref.referralId(), List.of()), proposals.getOrDefault(l.getId(), Map.of()),
                        l.isTransferIn() || ref.transferIn() ? ref.transferFrom() : null, transfers.get(caseId)));
            }
            return new Agenda(Headers.of(s, m), items, agencies, withheld);
        }

        /**
         * Per case (all in scope already), its latest transfer between MARACs when a step of it is still to do: one
         * query for the whole agenda.
         */
        private Map<Long, AgendaItem.OpenTransfer> openTransfers(Set<Long> caseIds) {
            Map<Long, AgendaItem.OpenTransfer> out = new java.util.HashMap<>();
            if (caseIds.isEmpty()) {
                return out;
            }
            for (org.maracdesk.casework.CaseTransfer t : s.createSelectionQuery("from CaseTransfer t"
                    + " where t.maracCase.id in :ids order by t.recordedAt, t.id", org.maracdesk.casework.CaseTransfer.class)
                    .setParameter("ids", caseIds).getResultList()) {
                long caseId = t.getMaracCase().getId();
                boolean papers = t.getPapersOn() == null;
                boolean handover = t.getHandoverOn() == null;
                if (papers || handover) {
                    out.put(caseId, new AgendaItem.OpenTransfer(t.getDirection() == org.maracdesk.casework.CaseTransfer
                            .Direction.OUT, t.getOtherArea(), papers, handover));
                } else {
                    out.remove(caseId); // the latest transfer is done
                }
            }
            return out;
        }

        /** Per case, the latest accepted referral on or before the meeting (else the latest). */
        private Map<Long, RiskLine> latestReferrals(Set<Long> caseIds, LocalDate upTo) {
            Map<Long, RiskLine> out = new java.util.HashMap<>();
            if (caseIds.isEmpty()) {
                return out;
            }
            for (Object[] r : s.createSelectionQuery("select r.maracCase.id, r.referralDate, r.score, r.band,"
                    + " r.routes, r.professionalJudgement, r.policeIncidents, r.repeatReferral, r.transferIn, r.id,"
                    + " r.previousMarac.area from Referral r where r.maracCase.id in :ids and r.status = :accepted"
                    + " order by r.referralDate, r.id", Object[].class).setParameter("ids", caseIds)
                    .setParameter("accepted", ReferralStatus.ACCEPTED).getResultList()) {
                Long caseId = (Long) r[0];
                if (!((LocalDate) r[1]).isAfter(upTo) || !out.containsKey(caseId)) {
                    out.put(caseId, new RiskLine((Integer) r[2], (String) r[3], routes((String) r[4]),
                            (String) r[5], (Integer) r[6], (Boolean) r[7], (Boolean) r[8], (Long) r[9],
                            r[10] == null || ((String) r[10]).isBlank() ? null : ((String) r[10]).strip()));
                }
            }
            return out;
        }

        private Map<Long, Map<String, ResearchState>> research(Meeting m) {
            Map<Long, Map<String, ResearchState>> out = new java.util.HashMap<>();
            for (ResearchRequest r : s.createSelectionQuery("from ResearchRequest r where r.listing.meeting = :m"
                    + " and r.withdrawnAt is null",
                    ResearchRequest.class).setParameter("m", m).getResultList()) {
                out.computeIfAbsent(r.getListing().getId(), k -> new LinkedHashMap<>()).put(r.getAgencyCode(),
                        r.getStatus() == org.maracdesk.casework.ResearchStatus.SUBMITTED
                                ? ResearchState.SUBMITTED : ResearchState.PENDING);
            }
            return out;
        }

        /** Per listing, the proposed actions still to be decided (not withdrawn, agreed or declined) by agency. */
        private Map<Long, Map<String, Integer>> proposals(Meeting m) {
            Map<Long, Map<String, Integer>> out = new java.util.HashMap<>();
            for (Object[] r : s.createSelectionQuery("select p.listing.id, p.agencyCode, count(p) from ProposedAction p"
                    + " where p.listing.meeting = :m and p.withdrawnAt is null and p.declinedAt is null"
                    + " and p.agreedAction is null group by p.listing.id, p.agencyCode order by p.agencyCode",
                    Object[].class).setParameter("m", m).getResultList()) {
                out.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).put((String) r[1],
                        ((Number) r[2]).intValue());
            }
            return out;
        }

        private static List<String> routes(String routes) {
            if (routes == null || routes.isBlank()) {
                return List.of();
            }
            return Arrays.stream(routes.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
    }
}
