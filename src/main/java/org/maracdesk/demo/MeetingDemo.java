package org.maracdesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ActionTarget;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.Attendance;
import org.maracdesk.casework.AttendanceKind;
import org.maracdesk.casework.District;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracArea;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingMinutes;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ProposedAction;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.meetings.MeetingBulkWrites;
import org.maracdesk.demo.synthetic.CaseTexts;

/**
 * Fills a freshly loaded demo vault's meetings (inside the loader's transaction): districts, chairs,
 * sign-in sheets, case records and minutes for closed meetings, and circulated research with some
 * of it submitted (police for most cases) for the upcoming ones. The texts are the generator's ({@link CaseTexts}).
 */
final class MeetingDemo {
    private static final List<Agency> ATTENDING = List.of(Agency.POLICE, Agency.IDVA,
            Agency.CHILDRENS_SOCIAL_CARE, Agency.HOUSING, Agency.PROBATION, Agency.GP);

    private MeetingDemo() {
    }

    static void fill(Session s, List<String> districts, LocalDate today) {
        MaracArea area = new MaracArea("Demo county");
        s.persist(area);
        districts.forEach(d -> s.persist(new District(area, d)));
        List<Meeting> meetings = s.createSelectionQuery("from Meeting m order by m.meetingDate, m.id", Meeting.class)
                .getResultList();
        for (Meeting m : meetings) {
            m.setArea(area);
            m.setChairName(CaseTexts.chair(m.getDistrict()));
            if (m.getStatus() == MeetingStatus.CLOSED) {
                closed(s, m);
            } else if (listings(s, m).isEmpty()) {
                // An upcoming meeting with nothing listed shows nothing in a demo: leave it out.
                s.remove(m);
            } else {
                upcoming(s, m, today);
            }
        }
    }

    private static void closed(Session s, Meeting m) {
        Instant at = m.getMeetingDate().atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (Agency agency : ATTENDING) {
            s.persist(new Attendance(m, AttendanceKind.ATTENDEE, agency.code(), CaseTexts.representative(agency),
                    false, at));
        }
        s.persist(new Attendance(m, AttendanceKind.APOLOGY, Agency.EDUCATION.code(), null, true, at));
        s.persist(new Attendance(m, AttendanceKind.OBSERVER, null, CaseTexts.observer(), false, at));
        int i = 0;
        for (Listing l : listings(s, m)) {
            l.setRisksToVictim(CaseTexts.risksToVictim(i));
            l.setRisksFromPerpetrator(CaseTexts.risksFromPerpetrator());
            l.setSafetyPlan(CaseTexts.safetyPlan(i));
            l.setSecondsSpent(9 * 60 + (i * 97) % 420);
            i++;
        }
        s.flush();
        String body = MeetingBulkWrites.minutes(s, m);
        s.persist(new MeetingMinutes(m.getId(), at, "coordinator", body));
        m.close("coordinator", at);
    }

    private static void upcoming(Session s, Meeting m, LocalDate today) {
        Instant circulated = today.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
        int i = 0;
        for (Listing l : listings(s, m)) {
            MeetingBulkWrites.requestResearch(s, l, circulated);
            s.flush();
            for (ResearchRequest r : s.createSelectionQuery("from ResearchRequest r where r.listing = :l",
                    ResearchRequest.class).setParameter("l", l).getResultList()) {
                research(r, i, circulated);
            }
            if (i % 3 == 0) {
                s.persist(new ProposedAction(l, Agency.POLICE.code(), "Neighbourhood sergeant",
                        ActionTarget.PERPETRATOR, CaseTexts.proposedPoliceAction(), m.getMeetingDate().plusDays(14),
                        Agency.POLICE.code(), circulated));
            }
            i++;
        }
        m.circulated(circulated);
    }

    /** Police submitted for two cases in three, the Idva for all but one, a few others here and there. */
    private static void research(ResearchRequest r, int index, Instant at) {
        Agency agency = Agency.fromCode(r.getAgencyCode()).orElse(null);
        if (agency == null) {
            return; // an agency the coordinator added by hand: no invented research for it
        }
        boolean submit = switch (agency) {
            case POLICE -> index % 3 != 2;
            case IDVA -> index != 1;
            case CHILDRENS_SOCIAL_CARE, HOUSING -> index % 2 == 0;
            default -> false;
        };
        boolean started = submit || agency == Agency.POLICE || agency == Agency.GP && index % 2 == 1;
        if (started) {
            r.setFacts(CaseTexts.researchFacts(agency));
            r.setOpinion(CaseTexts.researchOpinion(agency));
        }
        if (submit) {
            r.submit(agency.code(), at.plusSeconds(3600L * (index + 1)));
        }
    }

    private static List<Listing> listings(Session s, Meeting m) {
        return s.createSelectionQuery("from Listing l where l.meeting = :m order by l.agendaOrder", Listing.class)
                .setParameter("m", m).getResultList();
    }
}
