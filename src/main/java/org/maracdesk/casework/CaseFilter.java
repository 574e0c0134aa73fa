package org.maracdesk.casework;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The case list's filter, answered from the database's indexes (V28): every word typed must match the
 * case, each word as the start of the victim's given or family name or of the district, or, for a word
 * with a digit in it, anywhere in the case reference ("00123" finds MD-2026-00123); and as the start of a
 * migrated tracker's own case reference. Each word is a
 * union of index range scans returning the matching cases with what the list sorts by (the district and
 * reference indexes hold those columns too, V62, so a district's cases are read from the index alone); the
 * words' matches are intersected, and the scope, status, order and page applied, here. So a filter costs
 * what it finds, never a scan of the vault (a database filter in the page query would have the
 * database test every case, or, in H2, run the union again for every case).
 */
final class CaseFilter {
    private static final int MAX_WORDS = 4;
    private static final int CHUNK = 1_000;
    private static final String COLUMNS = "select f.id, f.status, f.opened_on, f.reference_fold, f.district_fold,"
            + " f.victim_id from marac_case f where ";
    private final List<String> words;

    /** A case that matches, with the values the list can be ordered by. */
    record Match(long id, boolean open, LocalDate openedOn, String reference, String district, Long victimId,
                 String family, String given) {
    }

    private CaseFilter(List<String> words) {
        this.words = words;
    }

    static CaseFilter of(String typed) {
        List<String> words = new ArrayList<>();
        for (String w : typed.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            String clean = w.replace("%", "").replace("_", "").replace("\\", "");
            if (!clean.isEmpty() && words.size() < MAX_WORDS) {
                words.add(clean);
            }
        }
        return new CaseFilter(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every case the account may see ({@link CaseScope}) that every word matches. */
    List<Match> matches(Session s, CaseScope scope, boolean victimNames) {
        Map<Long, Match> found = null;
        for (String word : words) {
            Map<Long, Match> these = new HashMap<>();
            for (Object[] row : rows(s, word)) {
                long id = ((Number) row[0]).longValue();
                if (found == null || found.containsKey(id)) {
                    these.put(id, new Match(id, "OPEN".equals(row[1]), toDate(row[2]), (String) row[3], (String) row[4],
                            row[5] == null ? null : ((Number) row[5]).longValue(), null, null));
                }
            }
            found = these;
            if (found.isEmpty()) {
                break;
            }
        }
        List<Match> inScope = found == null ? List.of() : found.values().stream()
                .filter(m -> scope.includesEveryCase() ? !scope.withheldCases().contains(m.id())
                        : scope.caseIds().contains(m.id()))
                .toList();
        return victimNames ? withVictimNames(s, inScope) : inScope;
    }

    /**
     * The matches with their victims' names, read only to order by them: joining every match to its
     * victim costs a lookup per match (two seconds for a whole district of 10,000 cases).
     */
    private static List<Match> withVictimNames(Session s, List<Match> matches) {
        List<Long> victims = matches.stream().map(Match::victimId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Object[]> names = new HashMap<>();
        for (int i = 0; i < victims.size(); i += CHUNK) {
            for (Object[] row : s.createNativeQuery("select v.id, v.family_fold, v.given_fold from person v"
                    + " where v.id in (:people)", Object[].class)
                    .setParameter("people", victims.subList(i, Math.min(victims.size(), i + CHUNK))).getResultList()) {
                names.put(((Number) row[0]).longValue(), row);
            }
        }
        return matches.stream().map(m -> {
            Object[] name = m.victimId() == null ? null : names.get(m.victimId());
            return name == null ? m : new Match(m.id(), m.open(), m.openedOn(), m.reference(), m.district(),
                    m.victimId(), (String) name[1], (String) name[2]);
        }).toList();
    }

    /**
     * The cases one word matches. Prefixes are ranges (from <= x < to): H2 plans LIKE with a parameter
     * as a scan. The victims are found first and their cases after: joined in one query, H2 reads every
     * case to test its victim.
     */
    private static List<Object[]> rows(Session s, String word) {
        boolean digits = word.chars().anyMatch(Character::isDigit);
        String to = word + Character.MAX_VALUE;
        var cases = s.createNativeQuery(COLUMNS + "f.district_fold >= :from and f.district_fold < :to"
                + " union " + COLUMNS + (digits ? "f.reference_fold like :anywhere"
                : "f.reference_fold >= :from and f.reference_fold < :to"), Object[].class)
                .setParameter("from", word).setParameter("to", to);
        if (digits) {
            cases.setParameter("anywhere", "%" + word + "%");
        }
        List<Object[]> out = new ArrayList<>(cases.getResultList());
        List<Long> people = s.createNativeQuery("select v.id from person v where v.family_fold >= :from"
                + " and v.family_fold < :to union select v.id from person v where v.given_fold >= :from"
                + " and v.given_fold < :to", Long.class).setParameter("from", word).setParameter("to", to).getResultList();
        for (int i = 0; i < people.size(); i += CHUNK) {
            out.addAll(s.createNativeQuery(COLUMNS + "f.victim_id in (:people)", Object[].class)
                    .setParameter("people", people.subList(i, Math.min(people.size(), i + CHUNK))).getResultList());
        }
        // A migrated tracker's own case reference (kept on its referrals, V24), from its start, in
        // capitals or as typed: trackers write them in capitals.
        List<Long> legacy = s.createNativeQuery("select r.case_id from referral r where r.external_reference >= :upper"
                + " and r.external_reference < :upperTo and r.case_id is not null union select r.case_id from referral r"
                + " where r.external_reference >= :from and r.external_reference < :to and r.case_id is not null", Long.class)
                .setParameter("upper", word.toUpperCase(Locale.ROOT))
                .setParameter("upperTo", word.toUpperCase(Locale.ROOT) + Character.MAX_VALUE)
                .setParameter("from", word).setParameter("to", to).getResultList();
        for (int i = 0; i < legacy.size(); i += CHUNK) {
            out.addAll(s.createNativeQuery(COLUMNS + "f.id in (:cases)", Object[].class)
                    .setParameter("cases", legacy.subList(i, Math.min(legacy.size(), i + CHUNK))).getResultList());
        }
        return out;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The list's order over matches, as the database orders the unfiltered list, ties broken by id. */
    static Comparator<Match> order(CasePage.Sort sort, boolean descending) {
        Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<Match> by = switch (sort) {
            case OPENED -> Comparator.comparing(Match::openedOn);
            case REFERENCE -> Comparator.comparing(Match::reference, text);
            case DISTRICT -> Comparator.comparing(Match::district, text);
            case VICTIM -> Comparator.comparing(Match::family, text).thenComparing(Match::given, text);
        };
        by = by.thenComparingLong(Match::id);
        return descending ? by.reversed() : by;
    }
}
