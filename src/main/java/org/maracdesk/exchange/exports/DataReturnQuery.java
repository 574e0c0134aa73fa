package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;

/**
 * Counts the data return from the listings at meetings dated within the period. What each listed case adds (its
 * children, perpetrators' dates of birth, referrals and their flags) is read for the period's cases a chunk at a
 * time, never case by case and never for the whole vault: a quarter at 100,000 cases lists about 1,200.
 */
public final class DataReturnQuery {
    private static final int CHUNK = 1_000;

    private DataReturnQuery() {
    }

    public static DataReturn count(Session s, LocalDate from, LocalDate to, Long adultWomen) {
        return count(s, from, to, adultWomen, CHUNK);
    }

    static DataReturn count(Session s, LocalDate from, LocalDate to, Long adultWomen, int chunk) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to: must not be before --from");
        }
        List<Object[]> listings = s.createSelectionQuery("select c.id, m.meetingDate, l.repeatListing, v.gender,"
                + " v.dateOfBirth, v.ethnicity, v.lgbt, v.disabled from Listing l join l.meeting m join l.maracCase c"
                + " join c.victim v where m.meetingDate between :from and :to and m.status <> :cancelled", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", org.maracdesk.casework.MeetingStatus.CANCELLED).getResultList();
        List<Long> cases = listings.stream().map(l -> (Long) l[0]).distinct().toList();
        Map<Long, Long> children = new HashMap<>();
        Map<Long, List<LocalDate>> perpetratorsBorn = new HashMap<>();
        Map<Long, List<Object[]>> referrals = new HashMap<>();
        for (List<Long> ids : chunks(cases, chunk)) {
            for (Object[] r : s.createSelectionQuery("select c.id, count(k) from MaracCase c join c.children k"
                    + " where c.id in :ids group by c.id", Object[].class).setParameter("ids", ids).getResultList()) {
                children.put((Long) r[0], (Long) r[1]);
            }
            for (Object[] r : s.createSelectionQuery("select c.id, p.dateOfBirth from MaracCase c join c.perpetrators p"
                    + " where c.id in :ids and p.dateOfBirth is not null", Object[].class).setParameter("ids", ids)
                    .getResultList()) {
                perpetratorsBorn.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]);
            }
            for (Object[] r : s.createSelectionQuery("select r.maracCase.id, r.referringAgency, r.referralDate, r.id"
                    + " from Referral r where r.maracCase.id in :ids order by r.referralDate, r.id", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                referrals.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Object[] {r[1], r[2], r[3]});
            }
        }
        List<Object[]> counted = listings.stream().map(l -> referral(referrals.getOrDefault((Long) l[0], List.of()),
                (LocalDate) l[1])).toList();
        Map<Long, Set<ReferralFlag>> flags = flags(s, counted.stream().map(r -> (Long) r[1]).filter(Objects::nonNull)
                .distinct().toList(), chunk);
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> byAgency = new TreeMap<>();
        for (int i = 0; i < listings.size(); i++) {
            Object[] l = listings.get(i);
            long caseId = (Long) l[0];
            LocalDate date = (LocalDate) l[1];
            long kids = children.getOrDefault(caseId, 0L);
            int age = age((LocalDate) l[4], date);
            add(counts, Measures.CASES, true);
            add(counts, Measures.REPEATS, (Boolean) l[2]);
            add(counts, kids > 0 ? Measures.WITH_CHILDREN : Measures.WITHOUT_CHILDREN, true);
            counts.merge(Measures.CHILDREN, kids, Long::sum);
            add(counts, gender((String) l[3]), true);
            add(counts, Measures.AGED_16_17, age == 16 || age == 17);
            add(counts, Measures.BAME, minoritised((String) l[5]));
            add(counts, Measures.LGBT, (Boolean) l[6]);
            add(counts, Measures.DISABLED, (Boolean) l[7]);
            add(counts, Measures.PERPETRATOR_17, perpetratorsBorn.getOrDefault(caseId, List.of()).stream()
                    .anyMatch(dob -> Period.between(dob, date).getYears() < 18));
            Object[] referral = counted.get(i);
            byAgency.merge((String) referral[0], 1L, Long::sum);
            for (ReferralFlag f : referral[1] == null ? Set.<ReferralFlag>of()
                    : flags.getOrDefault((Long) referral[1], Set.of())) {
                add(counts, Measures.flag(f), true);
            }
        }
        return new DataReturn(from, to, counts, byAgency, adultWomen);
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    private static void add(Map<String, Long> counts, String measure, boolean yes) {
        counts.merge(measure, yes ? 1L : 0L, Long::sum);
    }

    /** Female, male, or other or not recorded (non-binary, not known, blank). */
    private static String gender(String g) {
        return "FEMALE".equals(g) ? Measures.FEMALE : "MALE".equals(g) ? Measures.MALE : Measures.OTHER_GENDER;
    }

    /** The flags of each referral counted, by the referral's id. */
    private static Map<Long, Set<ReferralFlag>> flags(Session s, List<Long> referralIds, int chunk) {
        Map<Long, Set<ReferralFlag>> out = new HashMap<>();
        for (List<Long> ids : chunks(referralIds, chunk)) {
            for (Object[] r : s.createSelectionQuery("select r.id, f from Referral r join r.flags f where r.id in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                out.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(ReferralFlag.class)).add((ReferralFlag) r[1]);
            }
        }
        return out;
    }

    private static int age(LocalDate born, LocalDate on) {
        return born == null ? -1 : Period.between(born, on).getYears();
    }

    /**
     * Black, Asian or racially minoritised: any recorded ethnicity except White British, White
     * Irish and "not stated" (so Gypsy, Roma and Traveller and White Other count, as SafeLives does).
     */
    static boolean minoritised(String ethnicity) {
        if (ethnicity == null || ethnicity.isBlank()) {
            return false;
        }
        String e = ethnicity.strip().toLowerCase(Locale.ROOT);
        return !(e.startsWith("white british") || e.startsWith("white irish") || e.startsWith("not stated")
                || e.startsWith("not known"));
    }

    /**
     * The referral a listing counts under: the latest referral on or before the meeting (the
     * earliest one if all are later), as {agency code, referral id}; {"unknown", null} without one. {@code refs}
     * are the case's referrals as {agency code, date, id}, in order of date and id.
     */
    private static Object[] referral(List<Object[]> refs, LocalDate on) {
        Object[] chosen = refs.isEmpty() ? new Object[] {"unknown", null, null} : refs.get(0);
        for (Object[] r : refs) {
            if (!((LocalDate) r[1]).isAfter(on)) {
                chosen = r;
            }
        }
        String agency = Agency.fromCode((String) chosen[0]).map(Agency::code).orElse("other");
        return new Object[] {agency, chosen[2]};
    }
}
