package org.maracdesk.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The case list in the order of the victims' names, walked along the index on {@code person
 * (family_fold, id)} a batch of people at a time (three
 * per case wanted), keeping the cases those people are the victim of, until
 * the page is full. A database join ordered by the victim's name reads and sorts every case first
 * (seconds on 100,000 cases); this reads about as many people as the page is deep (victims are about a
 * third of the people: perpetrators and children are people too). Ties on the family name are in
 * person id order, then case id, so pages never overlap.
 */
final class VictimOrder {

    private VictimOrder() {
    }

    static List<Long> page(Session s, CaseScope scope, CasePage.Request request) {
        int batch = Math.max(3 * request.limit(), 16);
        boolean desc = request.descending();
        String dir = desc ? " desc" : "";
        String order = " order by v.family_fold" + dir + ", v.id" + dir;
        List<Long> out = new ArrayList<>();
        int skip = request.offset();
        String from = null;
        long fromId = 0;
        while (out.size() < request.limit()) {
            List<Object[]> people = new ArrayList<>();
            if (from == null) {
                people.addAll(s.createNativeQuery("select v.id, v.family_fold from person v" + order, Object[].class)
                        .setMaxResults(batch).getResultList());
            } else {
                people.addAll(s.createNativeQuery("select v.id, v.family_fold from person v where v.family_fold = :from"
                        + " and v.id " + (desc ? "<" : ">") + " :id" + order, Object[].class)
                        .setParameter("from", from).setParameter("id", fromId).setMaxResults(batch).getResultList());
                if (people.size() < batch) {
                    people.addAll(s.createNativeQuery("select v.id, v.family_fold from person v where v.family_fold "
                            + (desc ? "<" : ">") + " :from" + order, Object[].class)
                            .setParameter("from", from).setMaxResults(batch - people.size()).getResultList());
                }
            }
            if (people.isEmpty()) {
                return out;
            }
            List<Long> ids = new ArrayList<>();
            for (Object[] p : people) {
                ids.add(((Number) p[0]).longValue());
            }
            Object[] last = people.get(people.size() - 1);
            from = (String) last[1];
            fromId = ((Number) last[0]).longValue();
            Map<Long, List<Long>> casesOf = new HashMap<>();
            var cases = s.createNativeQuery("select c.victim_id, c.id from marac_case c where c.victim_id in (:people)"
                    + (request.includeClosed() ? "" : " and c.status = 'OPEN'"), Object[].class)
                    .setParameter("people", ids).getResultList();
            for (Object[] c : cases) {
                casesOf.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(((Number) c[1]).longValue());
            }
            for (long person : ids) {
                List<Long> theirs = new ArrayList<>(casesOf.getOrDefault(person, List.of()));
                theirs.sort(desc ? Comparator.reverseOrder() : Comparator.naturalOrder());
                for (long caseId : theirs) {
                    boolean visible = scope.includesEveryCase() ? !scope.withheldCases().contains(caseId)
                            : scope.caseIds().contains(caseId);
                    if (!visible) {
                        continue;
                    }
                    if (skip > 0) {
                        skip--;
                    } else if (out.size() < request.limit()) {
                        out.add(caseId);
                    }
                }
            }
        }
        return out;
    }
}
