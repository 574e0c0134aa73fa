package org.maracdesk.casework.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.Meeting;
import org.maracdesk.casework.MeetingStatus;
import org.maracdesk.casework.Referral;
import org.maracdesk.casework.ReferralStatus;

/**
 * Lists accepted referrals on the next meeting whose cut-off has not passed, and keeps agendas
 * in order: cases with children first, then adult-only cases, each group in listing order.
 */
final class AutoLister {
    private final ChangeLog changes;

    AutoLister(ChangeLog changes) {
        this.changes = changes;
    }

    int listAccepted(Session s, LocalDate today) {
        Map<Long, Object[]> waiting = new LinkedHashMap<>();
        for (Object[] r : s.createSelectionQuery("select r.id, c.id, r.referralDate, r.repeatReferral, r.transferIn"
                + " from Referral r join r.maracCase c where r.status = :accepted and not exists (select l.id"
                + " from Listing l where l.maracCase = c and l.meeting.meetingDate >= r.referralDate)"
                + " order by r.referralDate, r.id", Object[].class)
                .setParameter("accepted", ReferralStatus.ACCEPTED).getResultList()) {
            waiting.put((Long) r[1], r);
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        List<Meeting> open = s.createSelectionQuery("from Meeting m where m.status = :st and m.cutOff >= :today"
                + " order by m.meetingDate, m.id", Meeting.class).setParameter("st", MeetingStatus.SCHEDULED)
                .setParameter("today", today).getResultList();
        Map<Long, Set<String>> slotDistricts = slotDistricts(s);
        Set<Meeting> changed = new HashSet<>();
        int listed = 0;
        for (Object[] r : waiting.values()) {
            MaracCase c = s.get(MaracCase.class, (Long) r[1]);
            Meeting m = choose(open, c.getDistrict(), (LocalDate) r[2], slotDistricts);
            if (m != null && !alreadyOn(s, m, c)) {
                Listing l = new Listing(m, c, Integer.MAX_VALUE, false);
                l.listedFor(s.getReference(Referral.class, r[0]), (Boolean) r[3], (Boolean) r[4]);
                s.persist(l);
                s.flush();
                changes.changed(s, "listing", l.getId(), "auto-listed", String.valueOf(m.getId()));
                changed.add(m);
                listed++;
            }
        }
        changed.forEach(m -> order(s, m));
        return listed;
    }

    private static boolean alreadyOn(Session s, Meeting m, MaracCase c) {
        return s.createSelectionQuery("select count(l) from Listing l where l.meeting = :m and l.maracCase = :c",
                Long.class).setParameter("m", m).setParameter("c", c).getSingleResult() > 0;
    }

    /** The first open meeting on or after the referral for the case's district (by district or slot), else any. */
    private static Meeting choose(List<Meeting> open, String district, LocalDate referred,
                                  Map<Long, Set<String>> slots) {
        Meeting any = null;
        for (Meeting m : open) {
            if (m.getMeetingDate().isBefore(referred) || m.getCutOff().isBefore(referred)) {
                continue;
            }
            if (district == null || district.equals(m.getDistrict())
                    || slots.getOrDefault(m.getId(), Set.of()).contains(district)) {
                return m;
            }
            if (any == null) {
                any = m;
            }
        }
        return any;
    }

    private static Map<Long, Set<String>> slotDistricts(Session s) {
        Map<Long, Set<String>> out = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select t.meeting.id, t.district from MeetingSlot t", Object[].class)
                .getResultList()) {
            out.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((String) r[1]);
        }
        return out;
    }

    /** Renumbers a meeting's agenda: children's cases first, then adult-only, keeping the order within each. */
    static void order(Session s, Meeting m) {
        List<Object[]> rows = new ArrayList<>(s.createSelectionQuery("select l, size(l.maracCase.children)"
                + " from Listing l where l.meeting = :m", Object[].class).setParameter("m", m).getResultList());
        rows.sort(Comparator.<Object[]>comparingInt(r -> ((Number) r[1]).intValue() > 0 ? 0 : 1)
                .thenComparingInt(r -> ((Listing) r[0]).getAgendaOrder())
                .thenComparingLong(r -> ((Listing) r[0]).getId()));
        int order = 1;
        for (Object[] r : rows) {
            ((Listing) r[0]).setAgendaOrder(order++);
        }
    }
}
