package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.maracdesk.casework.ActionTarget;
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

/**
 * Fills a freshly loaded demo vault's meetings (inside the loader's transaction): districts, chairs,
 * sign-in sheets, case records and minutes for closed meetings, and circulated research with some
 * of it submitted (police for most cases) for the upcoming ones. Invented texts only.
 */
public final class MeetingDemo {
    private static final String[] RISKS = {
        "Threats to kill made in front of the children; recent strangulation.",
        "Escalating stalking since separation; turns up at her workplace.",
        "Financial control and isolation from family; alcohol use increasing.",
        "Breach of bail conditions twice this month."};
    private static final String[] PLANS = {
        "Idva to agree a safety plan with her this week; police marker on the address; sanctuary measures.",
        "Housing to look at a management transfer; school safeguarding lead informed; Idva to keep in contact.",
        "Police to review bail conditions; GP flag on the record; Idva to discuss a non-molestation order."};

    private MeetingDemo() {
    }

    public static void fill(Session s, List<String> districts, LocalDate today) {
        MaracArea area = new MaracArea("Demo county");
        s.persist(area);
        districts.forEach(d -> s.persist(new District(area, d)));
        List<Meeting> meetings = s.createSelectionQuery("from Meeting m order by m.meetingDate, m.id", Meeting.class)
                .getResultList();
        for (Meeting m : meetings) {
            m.setArea(area);
            m.setChairName("Detective Inspector, " + m.getDistrict() + " community safety unit");
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
        for (String agency : List.of("police", "idva", "csc", "housing", "probation", "gp")) {
            s.persist(new Attendance(m, AttendanceKind.ATTENDEE, agency, representative(agency), false, at));
        }
        s.persist(new Attendance(m, AttendanceKind.APOLOGY, "education", null, true, at));
        s.persist(new Attendance(m, AttendanceKind.OBSERVER, null, "Student social worker", false, at));
        int i = 0;
        for (Listing l : listings(s, m)) {
            l.setRisksToVictim(RISKS[i % RISKS.length]);
            l.setRisksFromPerpetrator("Perpetrator known to police for violence; not engaging with services.");
            l.setSafetyPlan(PLANS[i % PLANS.length]);
            l.setSecondsSpent(9 * 60 + (i * 97) % 420);
            i++;
        }
        s.flush();
        String body = new MinutesWriter().write(new RecordReader(s, org.maracdesk.casework.CaseScope.wholeRecord()).read(m));
        s.persist(new MeetingMinutes(m.getId(), at, "coordinator", body));
        m.close("coordinator", at);
    }

    private static void upcoming(Session s, Meeting m, LocalDate today) {
        Instant circulated = today.minusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
        int i = 0;
        for (Listing l : listings(s, m)) {
            Circulation.requestFor(s, l, circulated);
            s.flush();
            for (ResearchRequest r : s.createSelectionQuery("from ResearchRequest r where r.listing = :l",
                    ResearchRequest.class).setParameter("l", l).getResultList()) {
                research(r, i, circulated);
            }
            if (i % 3 == 0) {
                s.persist(new ProposedAction(l, "police", "Neighbourhood sergeant", ActionTarget.PERPETRATOR,
                        "Visit the perpetrator to discuss bail conditions and warn about further contact.",
                        m.getMeetingDate().plusDays(14), "police", circulated));
            }
            i++;
        }
        m.circulated(circulated);
    }

    /** Police submitted for two cases in three, the Idva for all but one, a few others here and there. */
    private static void research(ResearchRequest r, int index, Instant at) {
        String agency = r.getAgencyCode();
        boolean submit = switch (agency) {
            case "police" -> index % 3 != 2;
            case "idva" -> index != 1;
            case "csc", "housing" -> index % 2 == 0;
            default -> false;
        };
        boolean started = submit || "police".equals(agency) || "gp".equals(agency) && index % 2 == 1;
        if (started) {
            r.setFacts("Records checked for the people named. " + facts(agency));
            r.setOpinion(opinion(agency));
        }
        if (submit) {
            r.submit(agency, at.plusSeconds(3600L * (index + 1)));
        }
    }

    private static String facts(String agency) {
        return switch (agency) {
            case "police" -> "Three call-outs to the address in the last 12 months; one arrest for assault; bail"
                    + " conditions not to contact the victim.";
            case "idva" -> "Victim engaged with the Idva; wants the perpetrator kept away from the children.";
            case "csc" -> "Children known: child in need plan opened last month.";
            case "housing" -> "Tenancy in the victim's sole name; rent arrears since the separation.";
            default -> "Registered with the practice; two attendances with injuries this year.";
        };
    }

    private static String opinion(String agency) {
        return "police".equals(agency) ? "Risk escalating: frequency and severity of incidents increasing."
                : "Victim appears frightened and isolated.";
    }

    private static String representative(String agency) {
        return switch (agency) {
            case "police" -> "Detective Sergeant, public protection";
            case "idva" -> "Idva service manager";
            case "csc" -> "Team manager, children's social care";
            case "housing" -> "Housing options officer";
            case "probation" -> "Probation officer";
            default -> "Named GP safeguarding lead";
        };
    }

    private static List<Listing> listings(Session s, Meeting m) {
        return s.createSelectionQuery("from Listing l where l.meeting = :m order by l.agendaOrder", Listing.class)
                .setParameter("m", m).getResultList();
    }
}
