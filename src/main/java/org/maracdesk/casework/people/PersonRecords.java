package org.maracdesk.casework.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ContactDetails;
import org.maracdesk.casework.Person;

/**
 * Reads and re-points what names a person, in the caller's transaction (native SQL, nothing loaded). Every
 * read is of people whose cases the caller's {@link CaseScope} was checked against.
 */
final class PersonRecords {
    /** The tables whose person column a merge moves from the merged record to the kept one, as they are. */
    private static final List<String> MOVED = List.of("update marac_case set victim_id = :k where victim_id = :m",
            "update referral set victim_id = :k where victim_id = :m",
            "update referral_person set person_id = :k where person_id = :m",
            "update crime_disclosed set person_id = :k where person_id = :m",
            "delete from child_record where person_id = :m and case_id in (select y.case_id from child_record y"
                    + " where y.person_id = :k)",
            "update child_record set person_id = :k where person_id = :m",
            "update action_item set target_person_id = :k where target_person_id = :m");
    private static final List<String> CASE_LINKS = List.of("case_perpetrator", "case_child", "case_other_at_risk");

    private final Session s;
    private final CaseScope scope;

    PersonRecords(Session s, CaseScope scope) {
        this.s = s;
        this.scope = scope;
    }

    /** Each case naming the person: case id to its reference and the person's role there ("victim", "child"...). */
    Map<Long, String[]> cases(long personId) {
        Map<Long, String[]> out = new LinkedHashMap<>();
        add(out, "select c.id, c.reference from marac_case c where c.victim_id = :p", personId, "victim");
        add(out, "select c.id, c.reference from case_perpetrator x join marac_case c on c.id = x.case_id"
                + " where x.person_id = :p", personId, "perpetrator");
        add(out, "select c.id, c.reference from case_child x join marac_case c on c.id = x.case_id"
                + " where x.person_id = :p", personId, "child");
        add(out, "select c.id, c.reference from case_other_at_risk x join marac_case c on c.id = x.case_id"
                + " where x.person_id = :p", personId, "other");
        return out;
    }

    private void add(Map<Long, String[]> out, String sql, long personId, String role) {
        for (Object[] r : s.createNativeQuery(sql + " order by 2", Object[].class).setParameter("p", personId)
                .getResultList()) {
            out.putIfAbsent(((Number) r[0]).longValue(), new String[] {(String) r[1], role});
        }
    }

    /** True when every case naming the person is one the account may see. */
    boolean allInScope(Map<Long, String[]> cases) {
        return cases.keySet().stream().allMatch(scope::includes);
    }

    /** The referrals naming the person: as victim or in another role. */
    int referrals(long personId) {
        return ((Number) s.createNativeQuery("select count(distinct r.id) from referral r where r.victim_id = :p"
                + " or r.id in (select x.referral_id from referral_person x where x.person_id = :p)", Object.class)
                .setParameter("p", personId).getSingleResult()).intValue();
    }

    /** The person as the merge shows them; the contact details only to an account the safe-contact rule lets see them. */
    MergeSide side(Person p, Map<Long, String[]> cases, boolean contact) {
        ContactDetails c = contact && p.getContact() != null ? p.getContact()
                : new ContactDetails(null, null, null, null, null);
        List<String> named = new ArrayList<>();
        cases.values().forEach(v -> named.add(v[0] + " (" + v[1] + ")"));
        return new MergeSide(p.getId(), p.getVersion(), p.getGivenName(), p.getFamilyName(), p.getAliases(),
                p.getDateOfBirth(), p.getGender(), contact ? p.getAddressLine1() : null, contact ? p.getTown() : null,
                contact ? p.getPostcode() : null, p.getDistrict(), c.getPhone(), c.getEmail(), c.getSafeToCall(),
                c.getSafeTimes(), c.getSafeContact(), List.copyOf(named), referrals(p.getId()));
    }

    /**
     * Re-points every case, referral and link from {@code merged} to {@code kept}: a case naming both in the
     * same role keeps one link; flags of the two as alike go (they are one now). Returns the cases and
     * referrals moved.
     */
    int[] move(long kept, long merged) {
        int cases = cases(merged).size();
        int referrals = referrals(merged);
        for (String table : CASE_LINKS) {
            run("delete from " + table + " where person_id = :m and case_id in (select y.case_id from " + table
                    + " y where y.person_id = :k)", kept, merged);
            run("update " + table + " set person_id = :k where person_id = :m", kept, merged);
        }
        run("delete from referral_possible_match where person_id in (:k, :m) and referral_id in"
                + " (select r.id from referral r where r.victim_id in (:k, :m))", kept, merged);
        run("delete from referral_possible_match where person_id = :m and referral_id in"
                + " (select y.referral_id from referral_possible_match y where y.person_id = :k)", kept, merged);
        run("update referral_possible_match set person_id = :k where person_id = :m", kept, merged);
        for (String sql : MOVED) {
            run(sql, kept, merged);
        }
        return new int[] {cases, referrals};
    }

    private void run(String sql, long kept, long merged) {
        s.createNativeMutationQuery(sql).setParameter("k", kept).setParameter("m", merged).executeUpdate();
    }

    /**
     * The pairs flagged alike and not yet judged different: {first, second, best score, reasons}, the lower id
     * first, best score first. Pairs whose records were merged since are gone with them.
     */
    List<Object[]> flaggedPairs() {
        Map<String, Object[]> best = new LinkedHashMap<>();
        for (Object[] r : s.createNativeQuery("select r.victim_id, m.person_id, m.score, m.reasons"
                + " from referral_possible_match m join referral r on r.id = m.referral_id"
                + " where m.dismissed_at is null and r.victim_id is not null and r.victim_id <> m.person_id"
                + " order by m.score desc, r.victim_id, m.person_id", Object[].class).getResultList()) {
            long a = ((Number) r[0]).longValue();
            long b = ((Number) r[1]).longValue();
            long first = Math.min(a, b);
            long second = Math.max(a, b);
            best.putIfAbsent(first + "-" + second, new Object[] {first, second, ((Number) r[2]).intValue(), r[3]});
        }
        return List.copyOf(best.values());
    }

    /** Marks every flag of the two as judged different people; returns how many flags. */
    int dismiss(long a, long b, String by, java.time.Instant at) {
        return s.createNativeMutationQuery("update referral_possible_match set dismissed_at = :at, dismissed_by = :by"
                + " where dismissed_at is null and ((person_id = :a and referral_id in (select r.id from referral r"
                + " where r.victim_id = :b)) or (person_id = :b and referral_id in (select r.id from referral r"
                + " where r.victim_id = :a)))").setParameter("at", at).setParameter("by", by).setParameter("a", a)
                .setParameter("b", b).executeUpdate();
    }
}
