package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.ReferralFlag;

/** Counts the data return from the listings at meetings dated within the period. */
public final class DataReturnQuery {
    private DataReturnQuery() {
    }

    public static DataReturn count(Session s, LocalDate from, LocalDate to, Long adultWomen) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to: must not be before --from");
        }
        List<Object[]> listings = s.createSelectionQuery("select c.id, m.meetingDate, l.repeatListing, v.gender,"
                + " v.dateOfBirth, v.ethnicity, v.lgbt, v.disabled from Listing l join l.meeting m join l.maracCase c"
                + " join c.victim v where m.meetingDate between :from and :to and m.status <> :cancelled", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("cancelled", org.maracdesk.casework.MeetingStatus.CANCELLED).getResultList();
        Map<Long, Long> children = new HashMap<>();
        for (Object[] r : s.createSelectionQuery("select c.id, count(k) from MaracCase c join c.children k"
                + " group by c.id", Object[].class).getResultList()) {
            children.put((Long) r[0], (Long) r[1]);
        }
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> byAgency = new TreeMap<>();
        for (Object[] l : listings) {
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
            add(counts, Measures.PERPETRATOR_17, youngestPerpetratorUnder18(s, caseId, date));
            Object[] referral = referral(s, caseId, date);
            byAgency.merge((String) referral[0], 1L, Long::sum);
            for (ReferralFlag f : flags(s, (Long) referral[1])) {
                add(counts, Measures.flag(f), true);
            }
        }
        return new DataReturn(from, to, counts, byAgency, adultWomen);
    }

    private static void add(Map<String, Long> counts, String measure, boolean yes) {
        counts.merge(measure, yes ? 1L : 0L, Long::sum);
    }

    /** Female, male, or other or not recorded (non-binary, not known, blank). */
    private static String gender(String g) {
        return "FEMALE".equals(g) ? Measures.FEMALE : "MALE".equals(g) ? Measures.MALE : Measures.OTHER_GENDER;
    }

    private static Set<ReferralFlag> flags(Session s, Long referralId) {
        if (referralId == null) {
            return Set.of();
        }
        return Set.copyOf(s.createSelectionQuery("select f from Referral r join r.flags f where r.id = :id",
                ReferralFlag.class).setParameter("id", referralId).getResultList());
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

    private static boolean youngestPerpetratorUnder18(Session s, long caseId, LocalDate on) {
        return s.createSelectionQuery("select p.dateOfBirth from MaracCase c join c.perpetrators p where c.id = :id"
                + " and p.dateOfBirth is not null", LocalDate.class).setParameter("id", caseId).getResultList()
                .stream().anyMatch(dob -> Period.between(dob, on).getYears() < 18);
    }

    /**
     * The referral a listing counts under: the latest referral on or before the meeting (the
     * earliest one if all are later), as {agency code, referral id}; {"unknown", null} without one.
     */
    private static Object[] referral(Session s, long caseId, LocalDate on) {
        List<Object[]> refs = s.createSelectionQuery("select r.referringAgency, r.referralDate, r.id from Referral r"
                + " where r.maracCase.id = :id order by r.referralDate, r.id", Object[].class)
                .setParameter("id", caseId).getResultList();
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
