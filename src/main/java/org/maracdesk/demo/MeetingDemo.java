package org.maracdesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionStatus;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Attendance;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.District;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracArea;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingMinutes;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.meetings.LapseTracker;
import org.maracdesk.casework.meetings.MeetingBulkWrites;
import org.maracdesk.demo.synthetic.CaseTexts;
import org.maracdesk.demo.synthetic.SyntheticAction;
import org.maracdesk.demo.synthetic.SyntheticMeeting;

/**
 * Writes the demo vault's meetings one at a time, in date order, as the loader completes them: districts, chairs,
 * listings in agenda order, the actions agreed, sign-in sheets, case records and minutes for closed meetings (with
 * the research agencies shared for those of the last two months), and circulated research with some of it submitted
 * (police for most cases) for the upcoming ones. The texts are the
 * generator's ({@link CaseTexts}). What the minutes need from earlier meetings (open actions of the district, cases
 * whose listing lapses) is kept here as ids and dates, so a meeting costs the same however many came before it.
 */
final class MeetingDemo {
    private static final List<Agency> ATTENDING = List.of(Agency.POLICE, Agency.IDVA,
            Agency.CHILDRENS_SOCIAL_CARE, Agency.HOUSING, Agency.PROBATION, Agency.GP);

    /** A case on an agenda: its case, the referral it is listed for, and how. */
    record Listed(long caseId, String caseReference, long referralId, boolean repeat, boolean transferIn) {
    }

    /** An action agreed at the meeting for a case. */
    record Agreed(long caseId, SyntheticAction action) {
    }

    /** How far back heard meetings have their research in the demo. */
    private static final int RESEARCH_DAYS = 60;

    private final LocalDate today;
    private final LapseTracker lapses = new LapseTracker();
    private final Map<String, List<Long>> openActions = new HashMap<>();
    private long areaId;

    MeetingDemo(LocalDate today) {
        this.today = today;
    }

    /** The area and its districts; call once, first. */
    void start(Session s, List<String> districts) {
        MaracArea area = new MaracArea("Demo county");
        s.persist(area);
        districts.forEach(d -> s.persist(new District(area, d)));
        areaId = area.getId();
    }

    /**
     * Writes one meeting; an upcoming meeting with nothing listed shows nothing in a demo and is left out (false).
     */
    boolean write(Session s, SyntheticMeeting sm, List<Listed> agenda, List<Agreed> agreed) {
        if (sm.status() != MeetingStatus.CLOSED && agenda.isEmpty()) {
            return false;
        }
        Meeting m = new Meeting(sm.date(), sm.district(), sm.venue(), sm.virtual(), sm.referralCutOff(), sm.status());
        m.setArea(s.getReference(MaracArea.class, areaId));
        m.setChairName(CaseTexts.chair(sm.district()));
        s.persist(m);
        List<Listing> listings = new ArrayList<>();
        int order = 1;
        for (Listed l : agenda) {
            Listing listing = new Listing(m, s.getReference(MaracCase.class, l.caseId()), order++, l.repeat());
            listing.listedFor(s.getReference(Referral.class, l.referralId()), l.repeat(), l.transferIn());
            s.persist(listing);
            listings.add(listing);
        }
        List<Long> opened = new ArrayList<>();
        for (Agreed a : agreed) {
            SyntheticAction sa = a.action();
            ActionItem item = new ActionItem(s.getReference(MaracCase.class, a.caseId()), m, sa.agency().code(),
                    sa.ownerName(), sa.target(), sa.description(), sa.dueDate());
            item.setOutcome(sa.status(), sa.completedOn(), sa.note());
            DemoActionTypes.apply(item);
            s.persist(item);
            if (sa.status() == ActionStatus.OPEN) {
                opened.add(item.getId());
            }
        }
        List<Long> open = openActions.computeIfAbsent(sm.district(), d -> new ArrayList<>());
        if (m.getStatus() == MeetingStatus.CLOSED) {
            closed(s, m, listings, open);
        } else {
            upcoming(s, m, listings, today);
        }
        open.addAll(opened);
        agenda.forEach(l -> lapses.listed(l.caseId(), l.caseReference(), sm.date()));
        return true;
    }

    private void closed(Session s, Meeting m, List<Listing> listings, List<Long> outstanding) {
        Instant at = m.getMeetingDate().atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (Agency agency : ATTENDING) {
            s.persist(new Attendance(m, AttendanceKind.ATTENDEE, agency.code(), CaseTexts.representative(agency),
                    false, at));
        }
        s.persist(new Attendance(m, AttendanceKind.APOLOGY, Agency.EDUCATION.code(), null, true, at));
        s.persist(new Attendance(m, AttendanceKind.OBSERVER, null, CaseTexts.observer(), false, at));
        // the demo area moved onto MARAC Desk a few months ago: older meetings came across without their research
        boolean onDesk = m.getMeetingDate().isAfter(today.minusDays(RESEARCH_DAYS));
        Instant circulated = m.getMeetingDate().minusDays(7).atTime(9, 0).toInstant(ZoneOffset.UTC);
        int i = 0;
        for (Listing l : listings) {
            if (onDesk) {
                researchAsked(s, l, i, circulated, true);
            }
            l.setRisksToVictim(CaseTexts.risksToVictim(i));
            l.setRisksFromPerpetrator(CaseTexts.risksFromPerpetrator());
            l.setSafetyPlan(CaseTexts.safetyPlan(i));
            l.setSecondsSpent(9 * 60 + (i * 97) % 420);
            i++;
        }
        s.flush();
        // flushed just now: the minutes' many queries need not flush (and dirty-check the session) again
        FlushMode mode = s.getHibernateFlushMode();
        s.setHibernateFlushMode(FlushMode.MANUAL);
        String body;
        try {
            body = MeetingBulkWrites.minutes(s, m, outstanding, lapses.lapsesAt(m.getMeetingDate()), at, "coordinator");
        } finally {
            s.setHibernateFlushMode(mode);
        }
        if (onDesk) {
            m.circulated(circulated);
        }
        s.persist(new MeetingMinutes(m.getId(), at, "coordinator", body));
        m.close("coordinator", at);
    }

    private static void upcoming(Session s, Meeting m, List<Listing> listings, LocalDate today) {
        Instant circulated = today.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
        int i = 0;
        for (Listing l : listings) {
            researchAsked(s, l, i, circulated, false);
            if (i % 3 == 0) {
                s.persist(new ProposedAction(l, Agency.POLICE.code(), "Neighbourhood sergeant",
                        ActionTarget.PERPETRATOR, CaseTexts.proposedPoliceAction(), m.getMeetingDate().plusDays(14),
                        Agency.POLICE.code(), circulated));
            }
            i++;
        }
        m.circulated(circulated);
    }

    /** Circulates research for a listing and fills in what the agencies have done with it. */
    private static void researchAsked(Session s, Listing l, int index, Instant circulated, boolean heard) {
        MeetingBulkWrites.requestResearch(s, l, circulated);
        s.flush();
        for (ResearchRequest r : s.createSelectionQuery("from ResearchRequest r where r.listing = :l",
                ResearchRequest.class).setParameter("l", l).getResultList()) {
            research(r, index, circulated, heard);
        }
    }

    /**
     * Before a meeting: police submitted for two cases in three, the Idva for all but one, a few others here and
     * there. For a meeting already heard, police, the Idva and children's social care submitted for every case,
     * housing for most and the GP for some; the rest never answered.
     */
    private static void research(ResearchRequest r, int index, Instant at, boolean heard) {
        Agency agency = Agency.fromCode(r.getAgencyCode()).orElse(null);
        if (agency == null) {
            return; // an agency the coordinator added by hand: no invented research for it
        }
        boolean submit = heard ? switch (agency) {
            case POLICE, IDVA, CHILDRENS_SOCIAL_CARE -> true;
            case HOUSING -> index % 3 != 2;
            case GP -> index % 2 == 0;
            default -> false;
        } : switch (agency) {
            case POLICE -> index % 3 != 2;
            case IDVA -> index != 1;
            case CHILDRENS_SOCIAL_CARE, HOUSING -> index % 2 == 0;
            default -> false;
        };
        boolean started = submit || !heard && (agency == Agency.POLICE || agency == Agency.GP && index % 2 == 1);
        if (started) {
            r.setFacts(CaseTexts.researchFacts(agency));
            r.setOpinion(CaseTexts.researchOpinion(agency));
        }
        if (submit) {
            r.submit(agency.code(), at.plusSeconds(3600L * (index + 1)));
        }
    }
}
