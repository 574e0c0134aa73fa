package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.maracdesk.casework.Listing;
import org.maracdesk.casework.MaracCase;
import org.maracdesk.casework.ResearchRequest;
import org.maracdesk.casework.WithheldCases;

/**
 * Research requests for a listed case: one per active agency, never to an agency the case must
 * not reach (the agency named, or one of its representatives or accounts named as a person).
 */
final class Circulation {
    private Circulation() {
    }

    static List<String> activeAgencies(Session s) {
        return s.createSelectionQuery("select a.code from MaracAgency a where a.active order by a.sortOrder, a.code",
                String.class).getResultList();
    }

    /**
     * The same agencies with those marked as working with children (marac_agency.for_children, V45) first,
     * each group in its usual order: how a case with children lists its agencies (issue 16, decision 0047).
     */
    static List<String> childrenFirst(Session s, List<String> agencies) {
        Set<String> forChildren = new HashSet<>(s.createNativeQuery("select code from marac_agency where for_children",
                String.class).getResultList());
        List<String> out = new java.util.ArrayList<>(agencies.stream().filter(forChildren::contains).toList());
        agencies.stream().filter(a -> !forChildren.contains(a)).forEach(out::add);
        return out;
    }

    /** @return how many requests were added */
    static int requestFor(Session s, Listing listing, Instant now) {
        MaracCase c = listing.getMaracCase();
        Set<String> existing = new HashSet<>();
        List<ResearchRequest> withdrawn = new java.util.ArrayList<>();
        for (ResearchRequest r : s.createSelectionQuery("from ResearchRequest r where r.listing = :l",
                ResearchRequest.class).setParameter("l", listing).getResultList()) {
            existing.add(r.getAgencyCode());
            if (r.getWithdrawnAt() != null) {
                withdrawn.add(r);
            }
        }
        List<String> active = activeAgencies(s);
        Set<String> barred = WithheldCases.agenciesBarredFrom(s, c.getId(), active);
        boolean perpetrators = !c.getPerpetrators().isEmpty();
        boolean children = !c.getChildren().isEmpty();
        int added = 0;
        for (ResearchRequest r : withdrawn) {
            if (!barred.contains(r.getAgencyCode()) && active.contains(r.getAgencyCode())) {
                r.reinstate();
                added++;
            }
        }
        for (String agency : active) {
            if (!existing.contains(agency) && !barred.contains(agency)) {
                s.persist(new ResearchRequest(listing, agency, true, perpetrators, children, now));
                added++;
            }
        }
        return added;
    }
}
