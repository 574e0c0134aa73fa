package org.maracdesk.casework.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Hands out case references {@code MD-YYYY-NNNNN}, continuing after the highest one already stored for the year. */
public final class CaseReferences {
    private final Session session;
    private final Map<Integer, Integer> lastNumber = new HashMap<>();

    public CaseReferences(Session session) {
        this.session = session;
    }

    public String next(int year) {
        int n = lastNumber.computeIfAbsent(year, this::highestStored) + 1;
        lastNumber.put(year, n);
        return String.format("MD-%d-%05d", year, n);
    }

    private int highestStored(int year) {
        String prefix = "MD-" + year + "-";
        List<String> refs = session.createSelectionQuery("select c.reference from MaracCase c"
                + " where c.reference like :prefix order by length(c.reference) desc, c.reference desc", String.class)
                .setParameter("prefix", prefix + "%").setMaxResults(1).getResultList();
        if (refs.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(refs.get(0).substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
