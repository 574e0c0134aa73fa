package org.maracdesk.demo.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maracdesk.casework.MeetingStatus;

/** The generator a slice at a time: the same data as all at once, the same for the same seed, and it scales. */
class SyntheticStreamTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private record Collected(List<SyntheticReferral> referrals, List<SyntheticAction> actions,
                             Map<Integer, Integer> meetingOf, List<SyntheticMeeting> meetings) {
    }

    private static Collected collect(long seed, int count, int slice) {
        SyntheticStream stream = new SyntheticDataGenerator(seed, TODAY).stream(count);
        List<SyntheticReferral> referrals = new ArrayList<>();
        List<SyntheticAction> actions = new ArrayList<>();
        Map<Integer, Integer> meetingOf = new HashMap<>();
        while (stream.hasNext()) {
            SyntheticChunk c = stream.next(slice);
            assertTrue(c.referrals().size() <= slice);
            referrals.addAll(c.referrals());
            actions.addAll(c.actions());
            c.referrals().forEach(r -> meetingOf.put(r.index(), c.meetingOf(r)));
        }
        return new Collected(referrals, actions, meetingOf, stream.meetings());
    }

    @Test
    void slicesTogetherAreExactlyWhatGenerateReturns() {
        SyntheticDataset all = new SyntheticDataGenerator(5L, TODAY).generate(700);
        Collected sliced = collect(5L, 700, 64);
        assertEquals(all.referrals(), sliced.referrals());
        assertEquals(all.actions(), sliced.actions());
        assertEquals(all.meetings().size(), sliced.meetings().size());
        for (SyntheticMeeting m : all.meetings()) {
            m.listedReferralIndexes().forEach(i -> assertEquals(m.index(), sliced.meetingOf().get(i)));
        }
    }

    @Test
    void aLargeRunIsTheSameForTheSameSeedAndSpansYearsOfRealisticAgendas() {
        int count = 12_000;
        Collected a = collect(42L, count, 1_000);
        Collected b = collect(42L, count, 1_000);
        assertEquals(a.referrals(), b.referrals(), "same seed, same referrals");
        assertEquals(a.actions(), b.actions(), "same seed, same actions");

        LocalDate first = a.referrals().get(0).referralDate();
        assertTrue(first.isBefore(TODAY.minusYears(2)), "12,000 referrals span about three years: " + first);
        int[] listed = new int[a.meetings().size()];
        a.meetingOf().values().forEach(m -> listed[m]++);
        long closed = a.meetings().stream().filter(m -> m.status() == MeetingStatus.CLOSED).count();
        double perMeeting = (double) count / closed;
        assertTrue(perMeeting >= 12 && perMeeting <= 28, "referrals per meeting: " + perMeeting);
        int longest = 0;
        for (int n : listed) {
            longest = Math.max(longest, n);
        }
        assertTrue(longest <= 60, "the longest agenda: " + longest);
        long stillOpenAfterAYear = a.actions().stream().filter(x -> x.status() == org.maracdesk.casework.ActionStatus.OPEN
                && x.dueDate().isBefore(TODAY.minusDays(400))).count();
        assertEquals(0, stillOpenAfterAYear, "no action is left open for more than a year");
    }
}
