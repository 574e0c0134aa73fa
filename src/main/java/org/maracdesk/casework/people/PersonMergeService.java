package org.maracdesk.casework.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.Agency;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.MustNotReceive;
import org.maracdesk.casework.Person;
import org.maracdesk.casework.SafeContactService;
import org.maracdesk.casework.intake.MustNotReceiveService;
import org.maracdesk.casework.matching.Names;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditAction;
import org.maracdesk.security.AuditDigest;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.security.Permission;
import org.maracdesk.security.PermissionMatrix;
import org.maracdesk.store.Store;
import org.maracdesk.store.StoreProvider;

/**
 * Possible duplicate people and merging two records of one person (issue 14, decision 0040). The coordinator
 * ({@link Permission#DECIDE_REFERRALS}) reviews the pairs that matching flagged on import or referral, sees two
 * records side by side, chooses which values to keep, and merges: the cases, referrals and links of the
 * merged record move to the kept one, its values are recorded old and new in the change history, and every
 * must-not-receive entry on a case of either record is added to the other's cases, so the merged person never
 * becomes visible to an agency that either record was withheld from. One transaction: all or nothing.
 */
public final class PersonMergeService {
    static final String RECORD = "person";
    private final StoreProvider stores;
    private final CurrentUser users;
    private final AuditLog audit;
    private final Clock clock;
    private final MustNotReceiveService mustNotReceive;

    public PersonMergeService(StoreProvider stores, CurrentUser users, AuditLog audit, Clock clock,
                              MustNotReceiveService mustNotReceive) {
        this.stores = stores;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.mustNotReceive = mustNotReceive;
    }

    /** The review list: flagged pairs not yet merged or judged different, best match first. Audited as a read. */
    public DuplicateList duplicates() {
        AccountInfo who = coordinator();
        Store store = stores.store();
        return store.inTransaction(s -> {
            PersonRecords records = new PersonRecords(s, CaseScope.of(s, who));
            List<DuplicatePair> pairs = new ArrayList<>();
            Set<Long> shown = new HashSet<>();
            int withheld = 0;
            for (Object[] f : records.flaggedPairs()) {
                Person a = s.find(Person.class, f[0]);
                Person b = s.find(Person.class, f[1]);
                if (a == null || b == null) {
                    continue;
                }
                Map<Long, String[]> aCases = records.cases(a.getId());
                Map<Long, String[]> bCases = records.cases(b.getId());
                if (!records.allInScope(aCases) || !records.allInScope(bCases)) {
                    withheld++;
                    continue;
                }
                shown.addAll(aCases.keySet());
                shown.addAll(bCases.keySet());
                pairs.add(new DuplicatePair(a.getId(), a.fullName(), a.getDateOfBirth(), lines(aCases), b.getId(),
                        b.fullName(), b.getDateOfBirth(), lines(bCases), (Integer) f[2], (String) f[3]));
            }
            new org.maracdesk.casework.ReadAudit(audit).shown(store, s, who, "person-duplicates", "list", shown);
            return new DuplicateList(List.copyOf(pairs), withheld);
        });
    }

    /** Two records side by side, with what a merge would carry and why it would be refused. Audited as a read. */
    public MergeComparison compare(long firstId, long secondId) {
        AccountInfo who = coordinator();
        Store store = stores.store();
        return store.inTransaction(s -> {
            CaseScope scope = CaseScope.of(s, who);
            PersonRecords records = new PersonRecords(s, scope);
            Person a = person(s, firstId);
            Person b = person(s, secondId);
            Map<Long, String[]> aCases = inScope(records, firstId);
            Map<Long, String[]> bCases = inScope(records, secondId);
            Set<Long> shown = new HashSet<>(aCases.keySet());
            shown.addAll(bCases.keySet());
            org.maracdesk.casework.ReadAudit reads = new org.maracdesk.casework.ReadAudit(audit);
            reads.shown(store, s, who, RECORD, firstId + "+" + secondId, shown);
            if (scope.seesSafeContact()) {
                reads.shown(store, s, who, SafeContactService.AUDITED_AS, firstId + "+" + secondId, shown);
            }
            boolean contact = scope.seesSafeContact();
            return new MergeComparison(records.side(a, aCases, contact), records.side(b, bCases, contact),
                    carriedLines(s, aCases, bCases, firstId, secondId), refusal(firstId, secondId, aCases, bCases));
        });
    }

    /** A merge that lost the race: who saved the changed person last and when, from its history (decision 0051). */
    private static org.maracdesk.common.ConcurrentChangeException lostRace(Session s, AccountInfo who, long personId) {
        List<ChangeHistory.Line> lines = ChangeHistory.of(s, CaseScope.of(s, who), "person", personId);
        ChangeHistory.Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        return new org.maracdesk.common.ConcurrentChangeException(last == null ? null : last.by(),
                last == null ? null : last.at(), null);
    }

    /** Merges as {@code request} says; refused (nothing written) when it cannot be. */
    public MergeResult merge(MergeRequest request) {
        AccountInfo who = coordinator();
        String why = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (why == null) {
            throw new IllegalArgumentException("reason: say why these are one person; both records may have gone out"
                    + " on agendas and minutes");
        }
        if (request.keptId() == request.mergedId()) {
            throw new IllegalArgumentException("choose two different people to merge");
        }
        Store store = stores.store();
        return store.inTransaction(s -> {
            PersonRecords records = new PersonRecords(s, CaseScope.of(s, who));
            Person kept = person(s, request.keptId());
            Person merged = person(s, request.mergedId());
            if (kept.getVersion() != request.keptVersion() || merged.getVersion() != request.mergedVersion()) {
                throw lostRace(s, who, kept.getVersion() != request.keptVersion() ? kept.getId() : merged.getId());
            }
            Map<Long, String[]> keptCases = inScope(records, kept.getId());
            Map<Long, String[]> mergedCases = inScope(records, merged.getId());
            String refusal = refusal(kept.getId(), merged.getId(), keptCases, mergedCases);
            if (refusal != null) {
                throw new IllegalArgumentException(refusal);
            }
            Long fileUnder = keptCases.isEmpty() ? mergedCases.keySet().stream().findFirst().orElse(null)
                    : keptCases.keySet().iterator().next();
            String reason = "merged with person " + merged.getId() + ": " + why;
            new MergeValues(new ChangeHistory(s, RECORD, kept.getId(), fileUnder, who.username(), clock.instant()),
                    reason).apply(kept, merged, request.fromMerged());
            new ChangeHistory(s, RECORD, merged.getId(), fileUnder, who.username(), clock.instant())
                    .line("mergedInto", merged.fullName() + " (" + merged.getDateOfBirth() + ")",
                            "person " + kept.getId(), why);
            s.flush();
            int[] moved = records.move(kept.getId(), merged.getId());
            s.remove(merged);
            s.flush();
            int[] carried = carry(s, who, kept.getId(), records.cases(kept.getId()).keySet(), why);
            audit.append(store, s, who.username(), AuditAction.CHANGED, "person-merge", String.valueOf(kept.getId()),
                    AuditDigest.of(store, String.valueOf(merged.getId()), why));
            return new MergeResult(kept.getId(), moved[0], moved[1], carried[0], carried[1]);
        });
    }

    /** Records that the two are different people: they leave the review list. Audited. */
    public int notDuplicates(long firstId, long secondId, String reason) {
        AccountInfo who = coordinator();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: say why these are different people");
        }
        Store store = stores.store();
        return store.inTransaction(s -> {
            PersonRecords records = new PersonRecords(s, CaseScope.of(s, who));
            person(s, firstId);
            person(s, secondId);
            inScope(records, firstId);
            inScope(records, secondId);
            int flags = records.dismiss(firstId, secondId, who.username(), clock.instant());
            if (flags == 0) {
                throw new IllegalArgumentException("these two are not on the list of possible duplicates");
            }
            audit.append(store, s, who.username(), AuditAction.CHANGED, "person-not-duplicate",
                    firstId + "+" + secondId, AuditDigest.of(store, reason.strip()));
            return flags;
        });
    }

    /** Why the two cannot be one person, or null: named on one case in two roles (say victim and perpetrator). */
    private static String refusal(long a, long b, Map<Long, String[]> aCases, Map<Long, String[]> bCases) {
        for (Map.Entry<Long, String[]> e : aCases.entrySet()) {
            String[] other = bCases.get(e.getKey());
            if (other != null && !other[1].equals(e.getValue()[1])) {
                return "person " + a + " and person " + b + " are both named on case " + e.getValue()[0] + ", as "
                        + e.getValue()[1] + " and as " + other[1] + ": one person cannot be both on one case";
            }
        }
        return null;
    }

    /**
     * Adds each current must-not-receive entry of any of {@code cases} (and of the person's referrals without a
     * case) to every other of those cases that lacks it; returns {entries added, requests and proposals withdrawn}.
     */
    private int[] carry(Session s, AccountInfo who, long personId, Set<Long> cases, String why) {
        int added = 0;
        int withdrawn = 0;
        List<MustNotReceive> entries = current(s, personId, cases);
        for (long caseId : cases) {
            MaracCase c = s.find(MaracCase.class, caseId);
            for (MustNotReceive e : entries) {
                if (e.getMaracCase() != null && e.getMaracCase().getId() == caseId || has(entries, caseId, e)
                        || has(current(s, personId, Set.of(caseId)), caseId, e)) {
                    continue;
                }
                MustNotReceive copy = new MustNotReceive(c, null, e.getAgencyCode() == null ? null
                        : Agency.fromCode(e.getAgencyCode()).orElse(null), e.getPersonName(), e.getReason()
                        + " (kept when two records of one person were merged: " + why + ")", LocalDate.now(clock));
                copy.addedBy(who.username());
                MustNotReceiveService.Added done = mustNotReceive.addWithin(s, c, copy);
                withdrawn += done.withdrawnRequests() + done.withdrawnProposals();
                added++;
            }
        }
        return new int[] {added, withdrawn};
    }

    private static boolean has(List<MustNotReceive> entries, long caseId, MustNotReceive wanted) {
        return entries.stream().anyMatch(e -> e.getMaracCase() != null && e.getMaracCase().getId() == caseId
                && same(e, wanted));
    }

    private static boolean same(MustNotReceive x, MustNotReceive y) {
        return java.util.Objects.equals(x.getAgencyCode(), y.getAgencyCode())
                && Names.compact(x.getPersonName() == null ? "" : x.getPersonName())
                .equals(Names.compact(y.getPersonName() == null ? "" : y.getPersonName()));
    }

    private static List<MustNotReceive> current(Session s, long personId, Set<Long> cases) {
        List<MustNotReceive> out = new ArrayList<>(s.createSelectionQuery("from MustNotReceive m where m.removedAt"
                + " is null and m.maracCase is null and m.referral.victim.id = :p", MustNotReceive.class)
                .setParameter("p", personId).getResultList());
        if (!cases.isEmpty()) {
            out.addAll(s.createSelectionQuery("from MustNotReceive m where m.removedAt is null"
                    + " and m.maracCase.id in :c order by m.id", MustNotReceive.class)
                    .setParameter("c", cases).getResultList());
        }
        return out;
    }

    /** What a merge would carry, one line per entry and case it would be added to. */
    private List<String> carriedLines(Session s, Map<Long, String[]> aCases, Map<Long, String[]> bCases, long a,
                                      long b) {
        Set<Long> all = new HashSet<>(aCases.keySet());
        all.addAll(bCases.keySet());
        List<MustNotReceive> entries = new ArrayList<>(current(s, a, all));
        entries.addAll(current(s, b, Set.of()));
        List<String> out = new ArrayList<>();
        for (long caseId : new java.util.TreeSet<>(all)) {
            String ref = aCases.containsKey(caseId) ? aCases.get(caseId)[0] : bCases.get(caseId)[0];
            for (MustNotReceive e : entries) {
                boolean own = e.getMaracCase() != null && e.getMaracCase().getId() == caseId;
                if (!own && !has(entries, caseId, e)) {
                    String who = e.getAgencyCode() != null ? Agency.fromCode(e.getAgencyCode()).map(Agency::name)
                            .orElse(e.getAgencyCode()) : e.getPersonName();
                    String line = who + ": " + ref + (e.getMaracCase() != null ? " from " + e.getMaracCase()
                            .getReference() : "");
                    if (!out.contains(line)) {
                        out.add(line);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> lines(Map<Long, String[]> cases) {
        return cases.values().stream().map(v -> v[0] + " (" + v[1] + ")").toList();
    }

    /** The person's cases; a person on a case withheld from the account is refused as a missing one is. */
    private static Map<Long, String[]> inScope(PersonRecords records, long personId) {
        Map<Long, String[]> cases = records.cases(personId);
        if (!records.allInScope(cases)) {
            throw new IllegalArgumentException("there is no person " + personId);
        }
        return cases;
    }

    private static Person person(Session s, long id) {
        Person p = s.find(Person.class, id);
        if (p == null) {
            throw new IllegalArgumentException("there is no person " + id);
        }
        return p;
    }

    private AccountInfo coordinator() {
        AccountInfo who = users.current();
        PermissionMatrix.require(who, Permission.DECIDE_REFERRALS);
        return who;
    }
}
