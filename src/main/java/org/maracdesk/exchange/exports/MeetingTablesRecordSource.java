package org.maracdesk.exchange.exports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The meeting record as the meeting view stores it: the confidentiality sign-in (attendance)
 * and the per-case record kept on each listing (the joint safety plan). Agencies signed in as
 * attending were present for every case of that meeting.
 */
public final class MeetingTablesRecordSource implements MeetingRecordSource {

    @Override
    public List<String> attendance(Session s, long meetingId) {
        List<String> lines = new ArrayList<>();
        for (Object[] r : s.createNativeQuery("select a.kind, a.name, coalesce(g.name, a.agency_code), a.info_sent"
                + " from attendance a left join marac_agency g on g.code = a.agency_code where a.meeting_id = :m"
                + " order by case a.kind when 'ATTENDEE' then 0 when 'OBSERVER' then 1 else 2 end, 3, 2", Object[].class)
                .setParameter("m", meetingId).getResultList()) {
            String kind = (String) r[0];
            String name = r[1] == null ? "" : ((String) r[1]).strip();
            String agency = r[2] == null ? "" : (String) r[2];
            String who = join(name, agency);
            lines.add(switch (kind) {
                case "ATTENDEE" -> who;
                case "OBSERVER" -> DocumentText.text("minutes.attendance.observer", who);
                default -> DocumentText.text(Boolean.TRUE.equals(r[3]) ? "minutes.attendance.apologiesSent"
                        : "minutes.attendance.apologiesNotSent", who);
            });
        }
        return lines;
    }

    @Override
    public Set<String> agenciesPresent(Session s, long meetingId, long caseId) {
        Set<String> codes = new LinkedHashSet<>();
        for (Object code : s.createNativeQuery("select distinct agency_code from attendance where meeting_id = :m"
                + " and kind = 'ATTENDEE' and agency_code is not null", Object.class)
                .setParameter("m", meetingId).getResultList()) {
            codes.add((String) code);
        }
        return codes;
    }

    @Override
    public List<String> safetyPlan(Session s, long meetingId, long caseId) {
        List<Object> plans = s.createNativeQuery("select safety_plan from listing where meeting_id = :m and case_id = :c",
                Object.class).setParameter("m", meetingId).setParameter("c", caseId).getResultList();
        if (plans.isEmpty() || plans.get(0) == null) {
            return List.of();
        }
        return ((String) plans.get(0)).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String join(String name, String agency) {
        if (name.isEmpty()) {
            return agency;
        }
        return agency.isEmpty() ? name : name + ", " + agency;
    }
}
