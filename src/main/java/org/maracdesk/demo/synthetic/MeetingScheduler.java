package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.MeetingStatus;

/** Every district's fortnightly meetings over the year, and the meeting that lists each referral. */
final class MeetingScheduler {
    static final int CUT_OFF_DAYS = 7;
    private static final int MEETING_INTERVAL_DAYS = 14;

    private final LocalDate start;
    private final LocalDate today;
    private final Rng meetingRng;

    MeetingScheduler(LocalDate start, LocalDate today, Rng meetingRng) {
        this.start = start;
        this.today = today;
        this.meetingRng = meetingRng;
    }

    /** Builds every district's fortnightly meetings and lists each referral; returns the meeting of each referral. */
    int[] schedule(List<SyntheticReferral> referrals, List<SyntheticMeeting> out) {
        FictionalCounty.District[] districts = FictionalCounty.DISTRICTS;
        LocalDate first = start.plusDays(CUT_OFF_DAYS);
        LocalDate last = today.plusDays(CUT_OFF_DAYS);
        record Slot(LocalDate date, int district) {
        }
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < districts.length; d++) {
            LocalDate m = first;
            while (m.getDayOfWeek() != districts[d].meetingDay()
                || Math.floorMod(Math.floorDiv(m.toEpochDay() + 3, 7), 2) != districts[d].fortnightParity()) {
                m = m.plusDays(1);
            }
            while (true) {
                slots.add(new Slot(m, d));
                if (!m.isBefore(last)) {
                    break;
                }
                m = m.plusDays(MEETING_INTERVAL_DAYS);
            }
        }
        slots.sort((a, b) -> a.date().equals(b.date()) ? Integer.compare(a.district(), b.district())
            : a.date().compareTo(b.date()));

        // per district, the global meeting indexes in date order
        List<List<Integer>> byDistrict = new ArrayList<>();
        for (int d = 0; d < districts.length; d++) {
            byDistrict.add(new ArrayList<>());
        }
        for (int i = 0; i < slots.size(); i++) {
            byDistrict.get(slots.get(i).district()).add(i);
        }
        Map<String, Integer> districtIndex = new HashMap<>();
        for (int d = 0; d < districts.length; d++) {
            districtIndex.put(districts[d].name(), d);
        }

        int[] meetingOf = new int[referrals.size()];
        int[] pointer = new int[districts.length];
        List<List<Integer>> listed = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            listed.add(new ArrayList<>());
        }
        for (SyntheticReferral r : referrals) { // ascending dates, so each district's pointer only moves forward
            int d = districtIndex.get(r.district());
            List<Integer> own = byDistrict.get(d);
            while (slots.get(own.get(pointer[d])).date().minusDays(CUT_OFF_DAYS).isBefore(r.referralDate())) {
                pointer[d]++;
            }
            int meeting = own.get(pointer[d]);
            meetingOf[r.index()] = meeting;
            listed.get(meeting).add(r.index());
        }

        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            FictionalCounty.District d = districts[s.district()];
            boolean virtual = meetingRng.chance(d.virtualShare());
            out.add(new SyntheticMeeting(i, s.date(), d.name(), virtual ? "Online (secure video call)" : d.venue(),
                virtual, s.date().minusDays(CUT_OFF_DAYS),
                s.date().isBefore(today) ? MeetingStatus.CLOSED : MeetingStatus.SCHEDULED, listed.get(i)));
        }
        return meetingOf;
    }
}
