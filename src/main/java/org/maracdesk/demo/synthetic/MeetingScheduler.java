package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.MeetingStatus;

/**
 * Every district's meetings over the span (fortnightly, or weekly when the volume would make agendas too long), and
 * the meeting that lists each referral. Referrals are handed over in date order, one at a time, so nothing needs to
 * hold them all.
 */
final class MeetingScheduler {
    static final int CUT_OFF_DAYS = 7;
    static final int FORTNIGHTLY = 14;
    static final int WEEKLY = 7;

    private final List<SyntheticMeeting> meetings = new ArrayList<>();
    /** Per district, the global meeting indexes in date order. */
    private final List<List<Integer>> byDistrict = new ArrayList<>();
    private final Map<String, Integer> districtIndex = new HashMap<>();
    private final int[] pointer;

    MeetingScheduler(LocalDate start, LocalDate today, Rng meetingRng, int intervalDays) {
        FictionalCounty.District[] districts = FictionalCounty.DISTRICTS;
        LocalDate first = start.plusDays(CUT_OFF_DAYS);
        LocalDate last = today.plusDays(CUT_OFF_DAYS);
        record Slot(LocalDate date, int district) {
        }
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < districts.length; d++) {
            LocalDate m = first;
            while (m.getDayOfWeek() != districts[d].meetingDay() || intervalDays == FORTNIGHTLY
                && Math.floorMod(Math.floorDiv(m.toEpochDay() + 3, 7), 2) != districts[d].fortnightParity()) {
                m = m.plusDays(1);
            }
            while (true) {
                slots.add(new Slot(m, d));
                if (!m.isBefore(last)) {
                    break;
                }
                m = m.plusDays(intervalDays);
            }
        }
        slots.sort((a, b) -> a.date().equals(b.date()) ? Integer.compare(a.district(), b.district())
            : a.date().compareTo(b.date()));
        for (int d = 0; d < districts.length; d++) {
            byDistrict.add(new ArrayList<>());
            districtIndex.put(districts[d].name(), d);
        }
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            byDistrict.get(s.district()).add(i);
            FictionalCounty.District d = districts[s.district()];
            boolean virtual = meetingRng.chance(d.virtualShare());
            meetings.add(new SyntheticMeeting(i, s.date(), d.name(), virtual ? "Online (secure video call)" : d.venue(),
                virtual, s.date().minusDays(CUT_OFF_DAYS),
                s.date().isBefore(today) ? MeetingStatus.CLOSED : MeetingStatus.SCHEDULED, List.of()));
        }
        this.pointer = new int[districts.length];
    }

    /** Every meeting in date order, with no referrals listed (see {@link #meetingOf}). */
    List<SyntheticMeeting> meetings() {
        return meetings;
    }

    /** The index of the meeting that lists {@code r}; call in ascending referral date order. */
    int meetingOf(SyntheticReferral r) {
        int d = districtIndex.get(r.district());
        List<Integer> own = byDistrict.get(d);
        while (meetings.get(own.get(pointer[d])).referralCutOff().isBefore(r.referralDate())) {
            pointer[d]++;
        }
        return own.get(pointer[d]);
    }
}
