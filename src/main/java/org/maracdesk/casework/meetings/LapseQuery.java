package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.casework.settings.Settings;

/**
 * Finds the cases whose repeat window passes near a meeting's date (the lapse list, MARAC.md §2.9):
 * a listed case whose last accepted referral or listing before the meeting, plus the local settings'
 * window, falls within {@link AgendaService#LAPSE_WINDOW_DAYS} of the meeting.
 *
 * <p>Only cases with a referral or a listing dated near (meeting date − window) can lapse, so those are
 * found first through date ranges (meetings by date, referrals by (status, referral_date), V43) and only
 * they are then checked exactly. Reading every case's last dates instead took 12 seconds and 700 MiB
 * each time the meeting view opened on a 100,000-case vault.
 */
final class LapseQuery {
    /** Months differ in length: a date a window of months before another is within this many days of it. */
    private static final int MONTH_SLACK_DAYS = 4;
    private static final int CHUNK = 1_000;

    private LapseQuery() {
    }

    static List<LapseItem> find(Session s, CaseScope scope, Meeting m) {
        int months = Settings.current(s).thresholds().repeatWindowMonths();
        LocalDate date = m.getMeetingDate();
        LocalDate centre = date.minusMonths(months);
        LocalDate from = centre.minusDays(AgendaService.LAPSE_WINDOW_DAYS + MONTH_SLACK_DAYS);
        LocalDate to = centre.plusDays(AgendaService.LAPSE_WINDOW_DAYS + MONTH_SLACK_DAYS);
        Set<Long> candidates = new LinkedHashSet<>(s.createSelectionQuery("select distinct l.maracCase.id from Listing l"
                + " where l.meeting.meetingDate >= :from and l.meeting.meetingDate <= :to and l.meeting.meetingDate < :d"
                + " and l.meeting.status <> :cancelled", Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("d", date)
                .setParameter("cancelled", MeetingStatus.CANCELLED).getResultList());
        candidates.addAll(s.createSelectionQuery("select distinct r.maracCase.id from Referral r where r.status = :accepted"
                + " and r.referralDate >= :from and r.referralDate <= :to and r.referralDate < :d"
                + " and r.maracCase is not null", Long.class)
                .setParameter("accepted", ReferralStatus.ACCEPTED).setParameter("from", from).setParameter("to", to)
                .setParameter("d", date).getResultList());
        List<Long> ids = candidates.stream().filter(scope::includes).toList();
        List<LapseItem> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            out.addAll(check(s, m, months, ids.subList(i, Math.min(ids.size(), i + CHUNK))));
        }
        out.sort(Comparator.comparing(LapseItem::lastListed).thenComparing(LapseItem::caseReference));
        return out;
    }

    /** The exact test on some cases: their last accepted referral and listing before the meeting. */
    private static List<LapseItem> check(Session s, Meeting m, int months, List<Long> ids) {
        Map<Long, LocalDate> referred = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select r.maracCase.id, max(r.referralDate) from Referral r"
                + " where r.status = :accepted and r.referralDate < :d and r.maracCase.id in :ids"
                + " group by r.maracCase.id", Object[].class)
                .setParameter("accepted", ReferralStatus.ACCEPTED).setParameter("d", m.getMeetingDate())
                .setParameter("ids", ids).getResultList()) {
            referred.put((Long) r[0], (LocalDate) r[1]);
        }
        List<LapseItem> out = new ArrayList<>();
        for (Object[] r : s.createSelectionQuery("select c.id, c.reference, max(l.meeting.meetingDate)"
                + " from Listing l join l.maracCase c where l.meeting.meetingDate < :d and l.meeting.status <> :cancelled"
                + " and c.id in :ids group by c.id, c.reference", Object[].class)
                .setParameter("d", m.getMeetingDate()).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("ids", ids).getResultList()) {
            LocalDate listed = (LocalDate) r[2];
            LocalDate referral = referred.get((Long) r[0]);
            LocalDate last = referral != null && referral.isAfter(listed) ? referral : listed;
            LocalDate lapses = last.plusMonths(months);
            if (Math.abs(ChronoUnit.DAYS.between(m.getMeetingDate(), lapses)) <= AgendaService.LAPSE_WINDOW_DAYS) {
                out.add(new LapseItem((Long) r[0], (String) r[1], last, lapses));
            }
        }
        return out;
    }
}
