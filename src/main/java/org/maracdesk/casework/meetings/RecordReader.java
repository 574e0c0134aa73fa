package org.maracdesk.casework.meetings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.Attendance;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.ResearchStatus;

/** Reads a meeting into the record the meeting view runs on. */
final class RecordReader {
    private final Session s;
    private final CaseScope scope;
    private List<String> speakingOrder;

    /** Reads for one account's need-to-know scope, or {@link CaseScope#wholeRecord()} for the stored minutes record. */
    RecordReader(Session s, CaseScope scope) {
        this.s = s;
        this.scope = scope;
    }

    MeetingRecord read(Meeting m) {
        return read(m, outstanding(s, m), AgendaService.lapses(s, scope, m));
    }

    /**
     * Reads with the outstanding actions and the lapsing cases already known (a bulk writer tracks them as it goes,
     * rather than querying the whole vault for every meeting).
     */
    MeetingRecord read(Meeting m, List<ActionItem> all, List<LapseItem> lapses) {
        Agenda agenda = new AgendaService.AgendaReader(s, scope).read(m);
        List<AttendanceLine> attendance = s.createSelectionQuery("from Attendance a where a.meeting = :m"
                + " order by a.kind, a.agencyCode, a.id", Attendance.class).setParameter("m", m).getResultList()
                .stream().map(a -> new AttendanceLine(a.getId(), a.getKind(), a.getAgencyCode(), a.getName(),
                        a.isInfoSent(), a.getPresentFor(), a.getSlotDistrict(), a.getInfoReceivedOn())).toList();
        List<ActionLine> outstanding = all.stream().filter(a -> scope.includes(a.getMaracCase().getId()))
                .map(RecordReader::line).toList();
        java.util.Set<Long> withheld = new java.util.HashSet<>();
        all.stream().map(a -> a.getMaracCase().getId()).filter(id -> !scope.includes(id)).forEach(withheld::add);
        s.createSelectionQuery("select l.maracCase.id from Listing l where l.meeting = :m", Long.class)
                .setParameter("m", m).getResultList().stream().filter(id -> !scope.includes(id)).forEach(withheld::add);
        List<CaseRecord> cases = new ArrayList<>();
        for (AgendaItem item : agenda.cases()) {
            cases.add(caseRecord(item));
        }
        return new MeetingRecord(agenda.meeting(), m.getLapseNote(), m.getAnyOtherBusiness(), attendance,
                outstanding, cases, lapses, withheld.size());
    }

    /**
     * Actions from earlier meetings of the same district still open, or already reviewed at this
     * meeting: the "outstanding actions" item.
     */
    static List<ActionItem> outstanding(Session s, Meeting m) {
        return s.createSelectionQuery("select a from ActionItem a join a.meeting am join a.maracCase c"
                + " where am.meetingDate < :d and am.district = :district"
                + " and (a.status = :open or a.reviewedAt = :m) order by c.reference, a.id", ActionItem.class)
                .setParameter("d", m.getMeetingDate()).setParameter("district", m.getDistrict())
                .setParameter("open", ActionStatus.OPEN).setParameter("m", m).getResultList();
    }

    private CaseRecord caseRecord(AgendaItem item) {
        Listing l = s.get(Listing.class, item.listingId());
        Object[] story = story(l);
        Map<CaseField, String> fields = new EnumMap<>(CaseField.class);
        for (CaseField f : CaseField.values()) {
            String v = CaseFields.get(l, f);
            if (v != null) {
                fields.put(f, v);
            }
        }
        List<ResearchEntry> research = s.createSelectionQuery("from ResearchRequest r where r.listing = :l"
                        + " and r.withdrawnAt is null",
                ResearchRequest.class).setParameter("l", l).getResultList().stream()
                .map(r -> new ResearchEntry(r.getAgencyCode(), r.getStatus() == ResearchStatus.SUBMITTED
                        ? ResearchState.SUBMITTED : ResearchState.PENDING, r.getFacts(), r.getOpinion(),
                        r.getNotShared(), item.reviewOnly(r.getAgencyCode()), OnRoll.of(r.getReviewOnRoll()),
                        r.getReviewChanges())).sorted(byAgency(item, (String) story[3])).toList();
        List<ActionLine> actions = s.createSelectionQuery("from ActionItem a where a.meeting = :m and a.maracCase = :c"
                + " order by a.id", ActionItem.class).setParameter("m", l.getMeeting())
                .setParameter("c", l.getMaracCase()).getResultList().stream().map(RecordReader::line).toList();
        List<ProposalLine> proposals = s.createSelectionQuery("from ProposedAction p where p.listing = :l"
                        + " and p.withdrawnAt is null and p.declinedAt is null order by p.id",
                ProposedAction.class).setParameter("l", l).getResultList().stream()
                .map(p -> new ProposalLine(p.getId(), p.getAgencyCode(), p.getOwnerName(), p.getTarget(),
                        p.getDescription(), p.getDueDate(),
                        p.getAgreedAction() == null ? null : p.getAgreedAction().getId(),
                        p.getTypeCode() == null ? org.maracdesk.casework.ActionType.OTHER : p.getTypeCode())).toList();
        return new CaseRecord(item, (String) story[0], (String) story[1], (String) story[2], research, fields,
                l.getSecondsSpent(), actions, proposals,
                org.maracdesk.casework.actions.ChildChoice.of(l.getMaracCase()));
    }

    /**
     * Research in speaking order (decision 0061): the agencies the MARAC's order names, the referring agency where
     * it says "referrer", then the rest as the agenda lists them (children's agencies first for a case with children).
     */
    private java.util.Comparator<ResearchEntry> byAgency(AgendaItem item, String referringAgency) {
        if (speakingOrder == null) {
            speakingOrder = SpeakingOrder.read(s);
        }
        List<String> order = SpeakingOrder.apply(speakingOrder, referringAgency,
                new ArrayList<>(item.research().keySet()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        return java.util.Comparator.comparingInt(r -> index.getOrDefault(r.agencyCode(), Integer.MAX_VALUE));
    }

    /**
     * Incident summary, the victim's voice and wishes, and the referring agency, from the latest referral up to the
     * meeting.
     */
    private Object[] story(Listing l) {
        return s.createSelectionQuery("select r.incidentSummary, r.voice.summary, r.voice.wants, r.referringAgency"
                + " from Referral r"
                + " where r.maracCase = :c and r.referralDate <= :d order by r.referralDate desc, r.id desc",
                Object[].class).setParameter("c", l.getMaracCase()).setParameter("d", l.getMeeting().getMeetingDate())
                .setMaxResults(1).uniqueResultOptional().orElse(new Object[4]);
    }

    static ActionLine line(ActionItem a) {
        return new ActionLine(a.getId(), a.getMaracCase().getId(), a.getMaracCase().getReference(),
                a.getMeeting() == null ? null : a.getMeeting().getMeetingDate(), a.getAgencyCode(), a.getOwnerName(),
                a.getTarget(), a.getDescription(), a.getDueDate(), a.getStatus(), a.getNote(),
                a.getCarriedFrom() == null ? null : a.getCarriedFrom().getId(), a.getCarriedForwardCount(),
                a.getCompletedOn(), a.getTypeCode(), a.getDetailText(), a.getDetailDate(),
                a.getTargetPerson() == null ? null : org.maracdesk.casework.actions.ChildChoice.name(a.getTargetPerson()));
    }
}
