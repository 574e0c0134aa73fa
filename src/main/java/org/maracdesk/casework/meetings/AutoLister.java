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

/**
 * Lists accepted referrals on the next meeting whose cut-off has not passed, and keeps agendas
 * in order: cases with children first, then adult-only cases, each group in listing order.
 */
final class AutoLister {
    private final ChangeLog changes;

    AutoLister(ChangeLog changes) {
        this.changes = changes;
    }

    private static final int CHUNK = 1_000;

    int listAccepted(Session s, LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        List<Long> candidates = UnlistedReferrals.find(s);
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            rows.addAll(s.createSelectionQuery("select r.id, c.id, r.referralDate, r.repeatReferral, r.transferIn,"
                    + " c.district from Referral r join r.maracCase c where r.id in :candidates and not exists"
                    + " (select l.id from Listing l where l.maracCase = c and l.meeting.meetingDate >= r.referralDate"
                    + " and l.meeting.status <> :cancelled)"
                    + " and not exists (select x.id from MeetingChange x where x.referralId = r.id)", Object[].class)
                    .setParameter("cancelled", MeetingStatus.CANCELLED)
                    .setParameter("candidates", candidates.subList(from, Math.min(candidates.size(), from + CHUNK)))
                    .getResultList());
        }
        rows.sort(Comparator.comparing((Object[] r) -> (LocalDate) r[2]).thenComparing(r -> (Long) r[0]));
        Map<Long, Object[]> waiting = new LinkedHashMap<>();
        for (Object[] r : rows) {
            waiting.put((Long) r[1], r);
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        List<Meeting> open = s.createSelectionQuery("from Meeting m where m.status = :st and m.cutOff >= :today"
                + " order by m.meetingDate, m.id", Meeting.class).setParameter("st", MeetingStatus.SCHEDULED)
                .setParameter("today", today).getResultList();
        Map<Long, Set<String>> slotDistricts = slotDistricts(s);
        Set<String> onAgenda = onAgenda(s, open);
        Set<Meeting> changed = new HashSet<>();
        List<String> written = new ArrayList<>();
        for (Object[] r : waiting.values()) {
            long caseId = (Long) r[1];
            Meeting m = choose(open, (String) r[5], (LocalDate) r[2], slotDistricts);
            if (m != null && onAgenda.add(m.getId() + ":" + caseId)) {
                // A reference, not a load: the session stays small however many cases are listed.
                Listing l = new Listing(m, s.getReference(MaracCase.class, caseId), Integer.MAX_VALUE, false);
                l.listedFor(s.getReference(Referral.class, r[0]), (Boolean) r[3], (Boolean) r[4]);
                s.persist(l);
                written.add(l.getId() + ">" + m.getId());
                changed.add(m);
            }
        }
        if (written.isEmpty()) {
            return 0;
        }
        // One audit entry for the run (its digest covers every listing and meeting), not one per
        // listing: each append queries the chain, and a query per row made a large run quadratic.
        changes.changed(s, "listing", "auto-listed", written.toArray(String[]::new));
        s.flush();
        changed.forEach(m -> order(s, m));
        return written.size();
    }

    /** "meetingId:caseId" of every case already listed on one of these meetings. */
    private static Set<String> onAgenda(Session s, List<Meeting> open) {
        Set<String> out = new HashSet<>();
        if (open.isEmpty()) {
            return out;
        }
        for (Object[] r : s.createSelectionQuery("select l.meeting.id, l.maracCase.id from Listing l"
                + " where l.meeting in :open", Object[].class).setParameter("open", open).getResultList()) {
            out.add(r[0] + ":" + r[1]);
        }
        return out;
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
