package org.maracdesk.casework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.matching.Names;
import org.maracdesk.security.AccountInfo;

/**
 * Reads the must-not-receive lists (case and referral level) and says which cases they withhold
 * from an account, or from an agency as a whole (for what is sent to an agency: research
 * requests, its copy of the minutes). Used only through {@link CaseScope} and by circulation.
 */
public final class WithheldCases {
    private WithheldCases() {
    }

    /** One entry: the case it protects, and whom it bars. */
    record Entry(long caseId, String agencyCode, String personName) {
    }

    /** Cases withheld from this account: its agency, itself or one of its agency's representatives named. */
    static Set<Long> from(Session s, AccountInfo who) {
        List<String> names = new ArrayList<>();
        names.add(who.displayName());
        names.add(who.username());
        if (who.agencyCode() != null) {
            names.addAll(representatives(s, who.agencyCode()));
        }
        return barred(entries(s), who.agencyCode(), names);
    }

    /**
     * Cases that must not reach an agency at all: the agency is named, or a person who is one of
     * its representatives or one of its accounts.
     */
    public static Set<Long> fromAgency(Session s, String agencyCode) {
        List<String> names = new ArrayList<>(representatives(s, agencyCode));
        names.addAll(s.createNativeQuery("select display_name from account where agency_code = :a", String.class)
                .setParameter("a", agencyCode).getResultList());
        names.addAll(s.createNativeQuery("select username from account where agency_code = :a", String.class)
                .setParameter("a", agencyCode).getResultList());
        return barred(entries(s), agencyCode, names);
    }

    /**
     * Which of {@code agencies} one case must not reach, by the same rule as {@link #fromAgency}, in
     * three queries whatever the number of agencies (circulation and withdrawal ask this per case).
     */
    public static Set<String> agenciesBarredFrom(Session s, long caseId, java.util.Collection<String> agencies) {
        List<Entry> entries = entries(s).stream().filter(e -> e.caseId() == caseId).toList();
        Set<String> out = new HashSet<>();
        if (entries.isEmpty() || agencies.isEmpty()) {
            return out;
        }
        java.util.Map<String, List<String>> names = new java.util.HashMap<>();
        for (Object[] r : s.createNativeQuery("select agency_code, name from agency_representative"
                + " where agency_code in (:a) union all select agency_code, display_name from account"
                + " where agency_code in (:a) union all select agency_code, username from account"
                + " where agency_code in (:a)", Object[].class).setParameter("a", List.copyOf(agencies))
                .getResultList()) {
            names.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        for (String agency : agencies) {
            if (!barred(entries, agency, names.getOrDefault(agency, List.of())).isEmpty()) {
                out.add(agency);
            }
        }
        return out;
    }

    /** True when an entry naming {@code personName} bars someone called {@code candidate}. */
    public static boolean samePerson(String personName, String candidate) {
        if (personName == null || candidate == null) {
            return false;
        }
        String named = Names.fold(personName);
        String other = Names.fold(candidate);
        if (named.isEmpty() || other.isEmpty()) {
            return false;
        }
        if (named.equals(other) || Names.compact(personName).equals(Names.compact(candidate))) {
            return true;
        }
        List<String> namedWords = Arrays.asList(named.split(" "));
        return namedWords.size() >= 2 && new HashSet<>(Arrays.asList(other.split(" "))).containsAll(namedWords);
    }

    private static Set<Long> barred(List<Entry> entries, String agencyCode, List<String> names) {
        Set<Long> out = new HashSet<>();
        for (Entry e : entries) {
            if (e.agencyCode() != null && e.agencyCode().equals(agencyCode)
                    || e.personName() != null && names.stream().anyMatch(n -> samePerson(e.personName(), n))) {
                out.add(e.caseId());
            }
        }
        return out;
    }

    private static List<String> representatives(Session s, String agencyCode) {
        return s.createNativeQuery("select name from agency_representative where agency_code = :a", String.class)
                .setParameter("a", agencyCode).getResultList();
    }

    private static List<Entry> entries(Session s) {
        List<Entry> out = new ArrayList<>();
        for (Object[] r : s.createNativeQuery("select coalesce(m.case_id, r.case_id), m.agency_code, m.person_name"
                + " from must_not_receive m left join referral r on r.id = m.referral_id where m.removed_at is null",
                Object[].class)
                .getResultList()) {
            if (r[0] != null) {
                out.add(new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2]));
            }
        }
        return out;
    }
}
