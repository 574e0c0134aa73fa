package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.PresentFor;

/**
 * Builds the frozen minutes record of a meeting as its records stand at close (flushed): the meeting view's
 * record ({@link RecordReader}) plus what a copy prints beyond it (the victim's and perpetrators' names, flags,
 * the open actions of each case, who was present for each case, its transfers between MARACs, the next meeting).
 * Only for writing the stored record, with {@link CaseScope#wholeRecord()}.
 */
final class FrozenMinutesBuilder {
    private final Session s;
    private final CaseScope scope;
    private Map<String, String> typeNames = Map.of();

    FrozenMinutesBuilder(Session s, CaseScope scope) {
        this.s = s;
        this.scope = scope;
    }

    /** Closed (or closing) at {@code closedAt} by {@code by}; {@code version}, {@code reason} as {@link FrozenMinutes}. */
    FrozenMinutes build(Meeting m, MeetingRecord record, int version, String reason, Instant closedAt, String by) {
        typeNames = typeNames();
        MeetingHeader h = record.meeting();
        List<FrozenMinutes.Attendee> attendance = record.attendance().stream()
                .map(a -> new FrozenMinutes.Attendee(a.kind().name(), a.agencyCode(), a.name(), a.infoSent(),
                        a.presentFor().name(), a.slotDistrict(), a.infoReceivedOn())).toList();
        List<FrozenMinutes.Review> review = record.outstanding().stream().map(this::review).toList();
        Map<Long, List<FrozenMinutes.Transfer>> transfers = FrozenTransfers.of(s, scope, m,
                record.cases().stream().map(c -> c.listing().caseId()).toList());
        List<FrozenMinutes.Case> cases = new ArrayList<>();
        for (CaseRecord c : record.cases()) {
            cases.add(caseOf(m, c, record.attendance(), transfers.getOrDefault(c.listing().caseId(), List.of())));
        }
        List<FrozenMinutes.Lapse> lapses = record.lapses().stream().map(l -> new FrozenMinutes.Lapse(l.caseId(),
                l.caseReference(), l.lastListed(), l.lapsesOn())).toList();
        return new FrozenMinutes(m.getId(), version, version > 1 ? version - 1 : null, version > 1 ? reason : null,
                closedAt, by, new FrozenMinutes.Header(h.date(), h.district(), h.venue(), h.virtual(), h.chair(),
                h.slots().stream().map(t -> new FrozenMinutes.Slot(t.district(), t.startsAt(), t.endsAt())).toList()),
                attendance, review, cases, lapses, record.lapseNote(), record.anyOtherBusiness(), nextMeeting(m));
    }

    private FrozenMinutes.Review review(ActionLine a) {
        return new FrozenMinutes.Review(a.id(), a.caseId(), a.caseReference(), a.agreedOn(), a.agencyCode(), a.owner(),
                a.target() == null ? null : a.target().name(), a.description(), a.dueDate(), a.status().name(),
                a.completedOn(), a.note(), a.timesCarriedForward(), kind(a));
    }

    /** The action's type with its name as the meeting knew it, and its details. */
    private FrozenMinutes.ActionKind kind(ActionLine a) {
        String code = a.typeCode() == null ? org.maracdesk.casework.ActionType.OTHER : a.typeCode();
        String detail = a.detailText() == null || a.detailText().isBlank() ? null : a.detailText().strip();
        return new FrozenMinutes.ActionKind(code, typeNames.getOrDefault(code, code), detail, a.detailDate());
    }

    private Map<String, String> typeNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Object[] r : s.createSelectionQuery("select t.code, t.name from ActionType t", Object[].class)
                .getResultList()) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    private FrozenMinutes.Case caseOf(Meeting m, CaseRecord c, List<AttendanceLine> attendance,
                                      List<FrozenMinutes.Transfer> transfers) {
        AgendaItem item = c.listing();
        long caseId = item.caseId();
        if (!scope.includes(caseId)) {
            throw new IllegalStateException("the minutes record is written with the whole record's scope");
        }
        Object[] victim = s.createSelectionQuery("select v.givenName || ' ' || v.familyName, v.dateOfBirth, c.district"
                + " from MaracCase c join c.victim v where c.id = :id", Object[].class).setParameter("id", caseId)
                .getSingleResult();
        List<String> perpetrators = s.createSelectionQuery("select p.givenName || ' ' || p.familyName"
                + " from MaracCase c join c.perpetrators p where c.id = :id order by p.familyName, p.givenName",
                String.class).setParameter("id", caseId).getResultList();
        List<String> flags = s.createSelectionQuery("select f from Listing l join l.referral r join r.flags f"
                + " where l.id = :l", Object.class).setParameter("l", item.listingId()).getResultList().stream()
                .map(o -> ((Enum<?>) o).name()).sorted().toList();
        List<FrozenMinutes.Action> agreed = c.actions().stream().map(this::action).toList();
        List<FrozenMinutes.Action> earlier = s.createSelectionQuery("from ActionItem a where a.maracCase.id = :c"
                + " and a.status = :open and (a.meeting is null or a.meeting.id <> :m) order by a.dueDate, a.id",
                ActionItem.class).setParameter("c", caseId).setParameter("open", ActionStatus.OPEN)
                .setParameter("m", m.getId()).getResultList().stream().map(a -> action(RecordReader.line(a))).toList();
        Map<CaseField, String> f = c.fields();
        List<String> plan = f.get(CaseField.SAFETY_PLAN) == null ? List.of() : f.get(CaseField.SAFETY_PLAN).lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        Set<String> holders = new TreeSet<>();
        agreed.forEach(a -> holders.add(a.agency()));
        earlier.forEach(a -> holders.add(a.agency()));
        FrozenMinutes.Sharing sharing = new FrozenMinutes.Sharing(
                c.research().stream().map(ResearchEntry::agencyCode).distinct().sorted().toList(),
                present(attendance, item.hasChildren(), (String) victim[2]), List.copyOf(holders));
        return new FrozenMinutes.Case(caseId, item.caseReference(), item.order(), (String) victim[0],
                (LocalDate) victim[1], perpetrators,
                new FrozenMinutes.Markers(item.children(), item.repeat(), item.transferIn(), flags),
                new FrozenMinutes.Risk(item.score(), item.band(), item.routes(), f.get(CaseField.RISKS_TO_VICTIM),
                        f.get(CaseField.RISKS_TO_CHILDREN), f.get(CaseField.RISKS_TO_OTHERS),
                        f.get(CaseField.RISKS_FROM_PERPETRATOR)),
                c.research().stream().map(r -> new FrozenMinutes.Research(r.agencyCode(), r.state().name(), r.facts(),
                        r.opinion(), r.notShared(), r.review() ? new FrozenMinutes.ReviewSection(r.onRoll() == null
                        ? null : r.onRoll().name(), r.reviewChanges()) : null)).toList(),
                agreed, earlier, plan, sharing, policeOnly(m.getId(), caseId), court(item.listingId()),
                FrozenProfessionalsMeetings.since(s, scope, m, caseId), transfers);
    }

    /** The police and court position the referral the case was listed for gave (decision 0046); null for none. */
    private FrozenMinutes.Court court(long listingId) {
        List<org.maracdesk.casework.Referral> referral = s.createSelectionQuery("select r from Listing l"
                + " join l.referral r where l.id = :l", org.maracdesk.casework.Referral.class)
                .setParameter("l", listingId).getResultList();
        return referral.isEmpty() ? null : FrozenMinutes.Court.of(referral.get(0).getCircumstances());
    }

    /**
     * The police-only sections of a case, by name: the crimes disclosed at MARAC (key {@code "crimesDisclosed"},
     * one map per entry with the keys the minutes label: what, when, against, disclosedBy, policeReference),
     * frozen with the rest, so the police copy is the same next month (a police reference added later is in
     * {@code export crimes}, not in the minutes).
     */
    private Map<String, List<Map<String, String>>> policeOnly(long meetingId, long caseId) {
        List<Map<String, String>> crimes = new ArrayList<>();
        for (CrimeLine l : CrimesDisclosed.forMeeting(s, scope, meetingId, caseId)) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("what", l.description());
            e.put("when", l.occurredOn() != null ? l.occurredOn().toString() : l.occurredNote() == null ? "" : l.occurredNote());
            String whom = l.personName() != null ? l.personName() : l.againstNote();
            e.put("against", l.against().name().toLowerCase(java.util.Locale.ROOT) + (whom == null ? "" : " (" + whom + ")"));
            e.put("disclosedBy", l.disclosedBy() == null ? "" : l.disclosedBy());
            e.put("policeReference", l.policeReference() == null ? "" : l.policeReference());
            crimes.add(e);
        }
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        if (!crimes.isEmpty()) {
            out.put("crimesDisclosed", crimes);
        }
        return out;
    }

    /** Agencies signed in as attending and present for this case: the whole meeting, the children's cases, its slot. */
    static List<String> present(List<AttendanceLine> attendance, boolean children, String caseDistrict) {
        Set<String> out = new TreeSet<>();
        for (AttendanceLine a : attendance) {
            if (a.kind() != AttendanceKind.ATTENDEE || a.agencyCode() == null) {
                continue;
            }
            boolean here = switch (a.presentFor() == null ? PresentFor.ALL : a.presentFor()) {
                case ALL -> true;
                case CHILDREN -> children;
                case SLOT -> a.slotDistrict() != null && a.slotDistrict().equalsIgnoreCase(
                        caseDistrict == null ? "" : caseDistrict);
            };
            if (here) {
                out.add(a.agencyCode());
            }
        }
        return List.copyOf(out);
    }

    private FrozenMinutes.Action action(ActionLine a) {
        return new FrozenMinutes.Action(a.id(), a.agreedOn(), a.agencyCode(), a.owner(),
                a.target() == null ? null : a.target().name(), a.description(), a.dueDate(), a.status().name(),
                kind(a), a.targetChild());
    }

    private LocalDate nextMeeting(Meeting m) {
        return s.createSelectionQuery("select min(x.meetingDate) from Meeting x where x.district = :d"
                + " and x.meetingDate > :date and x.status <> :cancelled", LocalDate.class)
                .setParameter("d", m.getDistrict()).setParameter("date", m.getMeetingDate())
                .setParameter("cancelled", MeetingStatus.CANCELLED).getSingleResult();
    }
}
