package org.maracdesk.casework.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maracdesk.app.cli.CliVault;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.settings.Settings;
import org.maracdesk.demo.DemoVaultLoader;
import org.maracdesk.demo.synthetic.SyntheticDataGenerator;
import org.maracdesk.risk.InstrumentRegistry;
import org.maracdesk.security.Role;
import org.maracdesk.security.SessionManager;

/**
 * The lapse list found through date ranges is exactly the list found by reading every listed case's last
 * referral and listing (the way it was found before, kept here as the reference), for every meeting of a
 * generated vault.
 */
class LapseQueryTest {
    @TempDir
    Path dir;

    @Test
    void theRangeSearchFindsWhatReadingEveryCaseFinds() {
        SessionManager sessions = CliVault.sessionsFor(dir.resolve("vault"));
        sessions.createVault("A Coordinator", "coordinator", Role.COORDINATOR, "lapse query passphrase".toCharArray());
        new DemoVaultLoader(new InstrumentRegistry()).load(sessions.store(),
                new SyntheticDataGenerator(7, LocalDate.of(2026, 11, 23)).generate(400));
        int[] compared = {0, 0};
        sessions.store().read(s -> {
            for (Meeting m : s.createSelectionQuery("from Meeting m order by m.meetingDate", Meeting.class).getResultList()) {
                List<LapseItem> expected = everyCase(s, m);
                assertEquals(expected, LapseQuery.find(s, CaseScope.wholeRecord(), m), "meeting of " + m.getMeetingDate());
                compared[0]++;
                compared[1] += expected.size();
            }
            return null;
        });
        sessions.lock();
        assertTrue(compared[0] > 20 && compared[1] > 20, "meetings and lapsing cases compared: " + compared[0] + ", " + compared[1]);
    }

    /** The previous way: every listed case's last dates, then the test. */
    private static List<LapseItem> everyCase(Session s, Meeting m) {
        int months = Settings.current(s).thresholds().repeatWindowMonths();
        Map<Long, LocalDate> referred = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select r.maracCase.id, max(r.referralDate) from Referral r"
                + " where r.status = :accepted and r.referralDate < :d group by r.maracCase.id", Object[].class)
                .setParameter("accepted", ReferralStatus.ACCEPTED).setParameter("d", m.getMeetingDate()).getResultList()) {
            referred.put((Long) r[0], (LocalDate) r[1]);
        }
        List<LapseItem> out = new ArrayList<>();
        for (Object[] r : s.createSelectionQuery("select c.id, c.reference, max(l.meeting.meetingDate)"
                + " from Listing l join l.maracCase c where l.meeting.meetingDate < :d and l.meeting.status <> :cancelled"
                + " group by c.id, c.reference", Object[].class)
                .setParameter("d", m.getMeetingDate()).setParameter("cancelled", MeetingStatus.CANCELLED).getResultList()) {
            LocalDate listed = (LocalDate) r[2];
            LocalDate referral = referred.get((Long) r[0]);
            LocalDate last = referral != null && referral.isAfter(listed) ? referral : listed;
            LocalDate lapses = last.plusMonths(months);
            if (Math.abs(ChronoUnit.DAYS.between(m.getMeetingDate(), lapses)) <= AgendaService.LAPSE_WINDOW_DAYS) {
                out.add(new LapseItem((Long) r[0], (String) r[1], last, lapses));
            }
        }
        out.sort(Comparator.comparing(LapseItem::lastListed).thenComparing(LapseItem::caseReference));
        return out;
    }
}
