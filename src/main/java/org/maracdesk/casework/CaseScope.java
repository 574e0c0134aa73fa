package org.maracdesk.casework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.hibernate.Session;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;

/**
 * The need-to-know rule: which cases one account may see. Every read of case data goes
 * through it (an architecture test fails for a reader that does not).
 * <p>
 * The role gives the widest set:
 * <ul>
 * <li>{@link Permission#VIEW_ALL_CASES} (coordinator): every case;</li>
 * <li>{@link Permission#VIEW_AGENCY_REQUESTED_CASES}: cases listed with a research request to the
 * account's agency (withdrawn ones too: they were withdrawn because of a bar, which the next
 * step applies anyway), or with an action on it;</li>
 * <li>{@link Permission#VIEW_IDVA_CASELOAD}: the same for the Idva service;</li>
 * <li>{@link Permission#VIEW_AGENDA_CASES}: cases listed on a meeting that is not yet closed, and
 * cases with actions still open or reviewed at such a meeting (the outstanding-actions item);</li>
 * <li>no such permission (administrator): no case at all.</li>
 * </ul>
 * Then the must-not-receive lists narrow it, for every role, coordinators included: a case is
 * withheld when an entry on the case or on one of its referrals names the account's agency, or
 * names a person who is the account (its display name or username) or one of the representatives
 * of the account's agency. Names are compared folded (case, accents, spacing and punctuation
 * ignored), and an entry also matches a longer name that holds all its words ("Alex Rowe" matches
 * "PC Alex Rowe"): a false bar costs a phone call; a false share can cost a life.
 */
public final class CaseScope {
    // The narrower scopes' cases, as queries: read as id sets by of(), and used as they are in
    // sqlCondition() so that a figure counted in the database follows the same rule.
    private static final String AGENCY_LISTED = "select distinct sl.case_id from listing sl join research_request srr"
            + " on srr.listing_id = sl.id where srr.agency_code = :code";
    private static final String AGENCY_ACTIONS = "select distinct sa.case_id from action_item sa where sa.agency_code = :code";
    private static final String AGENDA_LISTED = "select distinct sl.case_id from listing sl join meeting sm"
            + " on sm.id = sl.meeting_id where sm.status <> 'CLOSED'";
    private static final String AGENDA_ACTIONS = "select distinct sa.case_id from action_item sa left join meeting sr"
            + " on sr.id = sa.reviewed_at_meeting_id where sa.status = 'OPEN' or sr.status <> 'CLOSED'";
    private final AccountInfo account;
    private final boolean all;
    private final Set<Long> caseIds;
    private final Set<Long> withheld;
    private final boolean safeContact;

    private CaseScope(AccountInfo account, boolean all, Set<Long> caseIds, Set<Long> withheld, boolean safeContact) {
        this.account = account;
        this.all = all;
        this.caseIds = caseIds;
        this.withheld = withheld;
        this.safeContact = safeContact;
    }

    /** The scope of {@code who} as the database stands in this session. */
    public static CaseScope of(Session s, AccountInfo who) {
        if (who == null) {
            return new CaseScope(null, false, Set.of(), Set.of(), false);
        }
        Set<Long> barred = WithheldCases.from(s, who);
        boolean safeContact = SafeContactRule.sees(s, who);
        if (PermissionMatrix.allows(who.role(), Permission.VIEW_ALL_CASES)) {
            return new CaseScope(who, true, Set.of(), barred, safeContact);
        }
        Set<Long> ids = new HashSet<>();
        String code = who.agencyCode();
        boolean agencyRole = PermissionMatrix.allows(who.role(), Permission.VIEW_AGENCY_REQUESTED_CASES)
                || PermissionMatrix.allows(who.role(), Permission.VIEW_IDVA_CASELOAD);
        if (agencyRole && code != null) {
            ids.addAll(longs(s, AGENCY_LISTED, code));
            ids.addAll(longs(s, AGENCY_ACTIONS, code));
        }
        if (PermissionMatrix.allows(who.role(), Permission.VIEW_AGENDA_CASES)) {
            ids.addAll(longs(s, AGENDA_LISTED, null));
            ids.addAll(longs(s, AGENDA_ACTIONS, null));
        }
        Set<Long> barredHere = new HashSet<>(ids);
        barredHere.retainAll(barred);
        ids.removeAll(barred);
        return new CaseScope(who, false, Set.copyOf(ids), Set.copyOf(barredHere), safeContact);
    }

    /**
     * Every case, for writing a stored record that is not shown to anyone (the minutes record
     * written when a meeting closes). Never for a read that returns data to a person: an
     * architecture test allows it only in the classes that write such records. Safe addresses
     * and contact details are never part of such a record.
     */
    public static CaseScope wholeRecord() {
        return new CaseScope(null, true, Set.of(), Set.of(), false);
    }

    /** The account this scope was worked out for. */
    public AccountInfo account() {
        return account;
    }

    /** True when the account may see the case. */
    public boolean includes(long caseId) {
        return all ? !withheld.contains(caseId) : caseIds.contains(caseId);
    }

    /**
     * The id of the case with this reference (a command line's {@code --case}) when the account may see it; empty
     * when there is none or it is out of scope, which the caller reports alike, so scope leaks nothing.
     */
    public static java.util.Optional<Long> caseByReference(org.hibernate.Session s, AccountInfo who, String reference) {
        Long id = s.createSelectionQuery("select c.id from MaracCase c where c.reference = :r", Long.class)
                .setParameter("r", reference == null ? "" : reference.strip()).getSingleResultOrNull();
        return id != null && of(s, who).includes(id) ? java.util.Optional.of(id) : java.util.Optional.empty();
    }

    /** False for roles that see no case data at all (administrators). */
    public boolean seesCases() {
        return all || account != null && (PermissionMatrix.allows(account.role(), Permission.VIEW_AGENDA_CASES)
                || PermissionMatrix.allows(account.role(), Permission.VIEW_AGENCY_REQUESTED_CASES)
                || PermissionMatrix.allows(account.role(), Permission.VIEW_IDVA_CASELOAD));
    }

    /** True when every case but the withheld ones is in scope (coordinators). */
    public boolean includesEveryCase() {
        return all;
    }

    /**
     * The cases withheld from this account by a must-not-receive entry: for a coordinator every
     * such case, for a narrower scope those the role would otherwise have seen.
     */
    public Set<Long> withheldCases() {
        return withheld;
    }

    /** The cases in a narrower scope (empty for {@link #includesEveryCase()}). */
    public Set<Long> caseIds() {
        return caseIds;
    }

    /**
     * The victim's current address, safe phone number and safe times, for the cases in scope:
     * see {@link SafeContactRule} (coordinators, and the agencies this MARAC marks, by default the
     * police and the Idva service); everyone else is told the coordinator holds them.
     */
    public boolean seesSafeContact() {
        return safeContact;
    }

    /**
     * This scope as a condition of native SQL on a case id column ({@code caseId}, e.g. {@code c.id}), for
     * figures counted in the database (issue 16's dashboard): the same rule as {@link #includes}, written as the
     * subqueries this class reads its id sets from, so that no id list is sent and a figure never counts a case
     * the account cannot open. Bind {@link SqlCondition#parameters()} on the query.
     */
    public SqlCondition sqlCondition(String caseId) {
        Map<String, Object> params = new HashMap<>();
        if (all) {
            if (withheld.isEmpty()) {
                return new SqlCondition("1 = 1", Map.of());
            }
            params.put("scopeWithheld", List.copyOf(withheld));
            return new SqlCondition(caseId + " not in (:scopeWithheld)", params);
        }
        List<String> sources = new ArrayList<>();
        String code = account == null ? null : account.agencyCode();
        boolean agencyRole = account != null && (PermissionMatrix.allows(account.role(), Permission.VIEW_AGENCY_REQUESTED_CASES)
                || PermissionMatrix.allows(account.role(), Permission.VIEW_IDVA_CASELOAD));
        if (agencyRole && code != null) {
            sources.add(AGENCY_LISTED.replace(":code", ":scopeAgency"));
            sources.add(AGENCY_ACTIONS.replace(":code", ":scopeAgency"));
            params.put("scopeAgency", code);
        }
        if (account != null && PermissionMatrix.allows(account.role(), Permission.VIEW_AGENDA_CASES)) {
            sources.add(AGENDA_LISTED);
            sources.add(AGENDA_ACTIONS);
        }
        if (sources.isEmpty()) {
            return new SqlCondition("1 = 0", Map.of());
        }
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < sources.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append(caseId).append(" in (").append(sources.get(i)).append(')');
        }
        sql.append(')');
        if (!withheld.isEmpty()) {
            sql.append(" and ").append(caseId).append(" not in (:scopeWithheld)");
            params.put("scopeWithheld", List.copyOf(withheld));
        }
        return new SqlCondition(sql.toString(), Map.copyOf(params));
    }

    /** A condition of native SQL and the values of its named parameters. */
    public record SqlCondition(String sql, Map<String, Object> parameters) {
    }

    /** Keeps the items whose case is in scope and counts the others, without saying which they were. */
    public <T> Visible<T> filter(Collection<T> items, ToLongFunction<T> caseOf) {
        List<T> shown = new ArrayList<>();
        Set<Long> hidden = new HashSet<>();
        for (T item : items) {
            long id = caseOf.applyAsLong(item);
            if (includes(id)) {
                shown.add(item);
            } else {
                hidden.add(id);
            }
        }
        return new Visible<>(List.copyOf(shown), hidden.size());
    }

    /** What a list shows, and how many cases it leaves out. */
    public record Visible<T>(List<T> shown, int withheldCases) {
    }

    private static Set<Long> longs(Session s, String sql, String code) {
        var query = s.createNativeQuery(sql, Object.class);
        if (code != null) {
            query.setParameter("code", code);
        }
        Set<Long> out = new HashSet<>();
        for (Object o : query.getResultList()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }
}
