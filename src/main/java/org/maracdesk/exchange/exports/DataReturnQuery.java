package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;

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
        long cases = 0;
        long repeats = 0;
        long kids = 0;
        long bame = 0;
        long lgbt = 0;
        long disabled = 0;
        long male = 0;
        long young = 0;
        long youngPerpetrator = 0;
        Map<String, Long> byAgency = new TreeMap<>();
        for (Object[] l : listings) {
            long caseId = (Long) l[0];
            LocalDate date = (LocalDate) l[1];
            cases++;
            repeats += (Boolean) l[2] ? 1 : 0;
            kids += children.getOrDefault(caseId, 0L);
            male += "MALE".equals(l[3]) ? 1 : 0;
            young += age((LocalDate) l[4], date) == 16 || age((LocalDate) l[4], date) == 17 ? 1 : 0;
            bame += minoritised((String) l[5]) ? 1 : 0;
            lgbt += (Boolean) l[6] ? 1 : 0;
            disabled += (Boolean) l[7] ? 1 : 0;
            youngPerpetrator += youngestPerpetratorUnder18(s, caseId, date) ? 1 : 0;
            byAgency.merge(referringAgency(s, caseId, date), 1L, Long::sum);
        }
        return new DataReturn(from, to, cases, repeats, kids, bame, lgbt, disabled, male, young, youngPerpetrator,
                byAgency, adultWomen);
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

    /** The agency of the latest referral on or before the meeting (the earliest one if all are later). */
    private static String referringAgency(Session s, long caseId, LocalDate on) {
        List<Object[]> refs = s.createSelectionQuery("select r.referringAgency, r.referralDate from Referral r"
                + " where r.maracCase.id = :id order by r.referralDate, r.id", Object[].class)
                .setParameter("id", caseId).getResultList();
        String agency = refs.isEmpty() ? "unknown" : (String) refs.get(0)[0];
        for (Object[] r : refs) {
            if (!((LocalDate) r[1]).isAfter(on)) {
                agency = (String) r[0];
            }
        }
        return Agency.fromCode(agency).map(Agency::code).orElse("other");
    }
}
