package org.maracdesk.casework.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.maracdesk.casework.CaseScope;
import org.maracdesk.casework.PersonMatchService;
import org.maracdesk.casework.ReadAudit;
import org.maracdesk.casework.matching.MatchReason;
import org.maracdesk.casework.matching.Names;
import org.maracdesk.casework.matching.PersonMatch;
import org.maracdesk.casework.matching.PersonQuery;
import org.maracdesk.casework.search.PersonHit.HitRole;
import org.maracdesk.security.AccountInfo;
import org.maracdesk.security.AuditLog;
import org.maracdesk.security.CurrentUser;
import org.maracdesk.store.StoreProvider;

/**
 * "Is this person known?" from one line of text: names (spelling, accents and aliases tolerated,
 * through the indexed blocking keys of {@link PersonMatchService}), a date of birth typed as
 * dd/mm/yyyy, and case or police references. Each hit names the case and the person's part in
 * it and says why it came up; only cases in the account's {@link CaseScope} are returned, and how
 * many were left out is not said (that alone would tell someone a withheld person is known).
 * Every search that shows anyone is audited with the case ids shown.
 */
public final class PersonSearchService {
    static final int MAX_HITS = 50;
    private static final int REFERENCE_SCORE = 100;
    private final StoreProvider stores;
    private final CurrentUser users;
    private final PersonMatchService matches;
    private final ReadAudit reads;

    public PersonSearchService(StoreProvider stores, CurrentUser users, AuditLog audit, PersonMatchService matches) {
        this.stores = stores;
        this.users = users;
        this.matches = matches;
        this.reads = new ReadAudit(audit);
    }

    /** Hits best first, at most {@value #MAX_HITS}; empty for empty text. */
    public List<PersonHit> find(String typed) {
        AccountInfo who = users.current();
        SearchText text = SearchText.parse(typed);
        if (text.isEmpty()) {
            return List.of();
        }
        Map<Long, Candidate> people = new LinkedHashMap<>();
        if (!text.nameWords().isEmpty()) {
            for (PersonMatch m : matches.find(PersonQuery.of(text.givenName(), text.familyName(),
                    text.dateOfBirth(), null))) {
                people.put(m.personId(), new Candidate(m.score(), m.reasons().stream().map(MatchReason::words)
                        .toList()));
            }
        }
        return stores.store().inTransaction(s -> {
            if (text.nameWords().size() == 1) {
                surnameOnly(s, text.familyName(), text.dateOfBirth()).forEach(people::putIfAbsent);
            }
            if (text.nameWords().isEmpty() && text.dateOfBirth() != null) {
                for (Long id : s.createSelectionQuery("select p.id from Person p where p.dateOfBirth = :d",
                        Long.class).setParameter("d", text.dateOfBirth()).setMaxResults(MAX_HITS * 4)
                        .getResultList()) {
                    people.put(id, new Candidate(REFERENCE_SCORE, List.of(MatchReason.SAME_DATE_OF_BIRTH.words())));
                }
            }
            CaseScope scope = CaseScope.of(s, who);
            List<PersonHit> hits = new ArrayList<>();
            for (PersonHit hit : new CaseLinks(s).hits(people)) {
                if (scope.includes(hit.caseId())) {
                    hits.add(hit);
                }
            }
            for (PersonHit hit : byReference(s, text.references())) {
                if (scope.includes(hit.caseId()) && hits.stream().noneMatch(h -> h.caseId() == hit.caseId()
                        && h.personId() == hit.personId())) {
                    hits.add(hit);
                }
            }
            hits.sort(Comparator.comparingInt(PersonHit::score).reversed().thenComparing(PersonHit::caseReference));
            List<PersonHit> shown = hits.size() > MAX_HITS ? List.copyOf(hits.subList(0, MAX_HITS)) : hits;
            reads.shown(stores.store(), s, who, "person-search", null,
                    shown.stream().map(PersonHit::caseId).toList());
            return List.copyOf(shown);
        });
    }

    /**
     * One word is taken as a surname (or an alias): the people sharing its phonetic key, through the
     * index, whose folded surname or alias is close to it ("kaminska" finds "Kamińska").
     */
    private static Map<Long, Candidate> surnameOnly(Session s, String word, LocalDate dateOfBirth) {
        Map<Long, Candidate> out = new LinkedHashMap<>();
        java.util.Set<String> keys = org.maracdesk.casework.matching.BlockingKeys.ofSurname(word);
        if (keys.isEmpty()) {
            return out;
        }
        String typed = Names.fold(word);
        for (Object[] r : s.createNativeQuery("select distinct p.id, p.family_name, p.aliases, p.date_of_birth"
                + " from person_blocking_key k join person p on p.id = k.person_id where k.block_key in (:keys)",
                Object[].class).setParameter("keys", List.copyOf(keys)).setMaxResults(MAX_HITS * 4).getResultList()) {
            String family = Names.fold((String) r[1]);
            boolean alias = Names.aliasList((String) r[2]).stream().map(Names::fold)
                    .anyMatch(a -> a.endsWith(" " + typed) || a.equals(typed));
            double near = org.maracdesk.casework.matching.JaroWinkler.similarity(family, typed);
            if (family.equals(typed) || near >= 0.9 || alias) {
                String why = family.equals(typed) ? MatchReason.SAME_SURNAME.words()
                        : alias ? MatchReason.MATCHES_ALIAS.words() : MatchReason.SURNAME_SPELT_DIFFERENTLY.words();
                out.put(((Number) r[0]).longValue(), new Candidate(family.equals(typed) ? 70 : 60, List.of(why)));
            }
        }
        return out;
    }

    /** A case reference, a police reference or an earlier system's case reference: the victim of each case found. */
    private static List<PersonHit> byReference(Session s, List<String> references) {
        List<PersonHit> out = new ArrayList<>();
        for (String ref : references) {
            String like = "%" + ref.replace("%", "").replace("_", "") + "%";
            for (Object[] r : s.createSelectionQuery("select c.id, c.reference, v.id, v.givenName, v.familyName,"
                    + " v.dateOfBirth from MaracCase c join c.victim v where upper(c.reference) like :ref"
                    + " or c.id in (select r.maracCase.id from Referral r where upper(r.police.reference) like :ref"
                    + " or upper(r.externalReference) like :ref)",
                    Object[].class).setParameter("ref", like).setMaxResults(MAX_HITS).getResultList()) {
                boolean caseRef = ((String) r[1]).toUpperCase(java.util.Locale.ROOT).contains(ref);
                out.add(new PersonHit((Long) r[0], (String) r[1], (Long) r[2], r[3] + " " + r[4], (LocalDate) r[5],
                        HitRole.VICTIM, REFERENCE_SCORE, List.of(caseRef ? "case reference" : "police or earlier case reference")));
            }
        }
        return out;
    }

    /** How well a person matched the text, and why. */
    record Candidate(int score, List<String> why) {
    }

    /** Turns matched people into one hit per case they are part of. */
    private static final class CaseLinks {
        private final Session s;

        CaseLinks(Session s) {
            this.s = s;
        }

        List<PersonHit> hits(Map<Long, Candidate> people) {
            if (people.isEmpty()) {
                return List.of();
            }
            Map<Long, Object[]> who = new HashMap<>();
            for (Object[] p : s.createSelectionQuery("select p.id, p.givenName, p.familyName, p.dateOfBirth"
                    + " from Person p where p.id in :ids", Object[].class).setParameter("ids", people.keySet())
                    .getResultList()) {
                who.put((Long) p[0], p);
            }
            List<PersonHit> out = new ArrayList<>();
            link(out, people, who, HitRole.VICTIM, "select c.id, c.reference, c.victim.id from MaracCase c"
                    + " where c.victim.id in :ids");
            link(out, people, who, HitRole.PERPETRATOR, "select c.id, c.reference, p.id from MaracCase c"
                    + " join c.perpetrators p where p.id in :ids");
            link(out, people, who, HitRole.CHILD, "select c.id, c.reference, p.id from MaracCase c"
                    + " join c.children p where p.id in :ids");
            link(out, people, who, HitRole.OTHER_AT_RISK, "select c.id, c.reference, p.id from MaracCase c"
                    + " join c.othersAtRisk p where p.id in :ids");
            return out;
        }

        private void link(List<PersonHit> out, Map<Long, Candidate> people, Map<Long, Object[]> who, HitRole role,
                          String hql) {
            for (Object[] r : s.createSelectionQuery(hql, Object[].class).setParameter("ids", people.keySet())
                    .getResultList()) {
                Object[] p = who.get((Long) r[2]);
                Candidate c = people.get((Long) r[2]);
                if (p != null && c != null) {
                    out.add(new PersonHit((Long) r[0], (String) r[1], (Long) r[2], p[1] + " " + p[2],
                            (LocalDate) p[3], role, c.score(), c.why()));
                }
            }
        }
    }
}
