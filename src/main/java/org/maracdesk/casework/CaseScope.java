package org.maracdesk.casework;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;

/**
 * Which cases an account may see, from the permission matrix and the case data:
 * <ul>
 * <li>{@link Permission#VIEW_ALL_CASES}: every case;</li>
 * <li>{@link Permission#VIEW_AGENCY_REQUESTED_CASES}: cases listed with a research request to the account's agency;</li>
 * <li>{@link Permission#VIEW_IDVA_CASELOAD}: as above for the Idva service, plus cases with actions on it;</li>
 * <li>{@link Permission#VIEW_AGENDA_CASES}: cases listed on a meeting that is not yet closed.</li>
 * </ul>
 * A case whose must-not-receive list names the account's agency, its display name or its
 * username is never in a narrower scope, whatever else would bring it in.
 */
public final class CaseScope {
    private final boolean all;
    private final Set<Long> caseIds;

    private CaseScope(boolean all, Set<Long> caseIds) {
        this.all = all;
        this.caseIds = caseIds;
    }

    /** Empty when the role has none of the case-viewing permissions. */
    public static Optional<CaseScope> of(Session s, AccountInfo who) {
        if (PermissionMatrix.allows(who.role(), Permission.VIEW_ALL_CASES)) {
            return Optional.of(new CaseScope(true, Set.of()));
        }
        boolean agency = PermissionMatrix.allows(who.role(), Permission.VIEW_AGENCY_REQUESTED_CASES);
        boolean idva = PermissionMatrix.allows(who.role(), Permission.VIEW_IDVA_CASELOAD);
        boolean agenda = PermissionMatrix.allows(who.role(), Permission.VIEW_AGENDA_CASES);
        if (!agency && !idva && !agenda) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        String code = who.agencyCode();
        if ((agency || idva) && code != null) {
            ids.addAll(longs(s, "select distinct l.case_id from listing l join research_request rr on rr.listing_id = l.id"
                    + " where rr.agency_code = :code", code));
        }
        if (idva && code != null) {
            ids.addAll(longs(s, "select distinct a.case_id from action_item a where a.agency_code = :code", code));
        }
        if (agenda) {
            ids.addAll(longs(s, "select distinct l.case_id from listing l join meeting m on m.id = l.meeting_id"
                    + " where m.status <> 'CLOSED'", null));
        }
        ids.removeAll(withheld(s, who));
        return Optional.of(new CaseScope(false, Set.copyOf(ids)));
    }

    public boolean includesEveryCase() {
        return all;
    }

    public boolean includes(long caseId) {
        return all || caseIds.contains(caseId);
    }

    private static Set<Long> withheld(Session s, AccountInfo who) {
        Set<Long> out = new HashSet<>();
        for (Object[] row : s.createNativeQuery("select m.case_id, m.agency_code, m.person_name from must_not_receive m"
                + " where m.case_id is not null", Object[].class).getResultList()) {
            String agency = (String) row[1];
            String person = (String) row[2];
            if (agency != null && agency.equals(who.agencyCode())
                    || person != null && (sameName(person, who.displayName()) || sameName(person, who.username()))) {
                out.add(((Number) row[0]).longValue());
            }
        }
        return out;
    }

    private static boolean sameName(String a, String b) {
        return b != null && fold(a).equals(fold(b));
    }

    private static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<Long> longs(Session s, String sql, String code) {
        var query = s.createNativeQuery(sql, Object.class);
        if (sql.contains(":code")) {
            query.setParameter("code", code);
        }
        Set<Long> out = new HashSet<>();
        for (Object o : query.getResultList()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }
}
