package org.maracdesk.exchange.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.maracdesk.casework.matching.JaroWinkler;
import org.maracdesk.casework.matching.Names;
import org.maracdesk.casework.matching.PhoneticKey;
import org.maracdesk.casework.migration.HistoricListing;
import org.maracdesk.casework.migration.HistoricPerson;
import org.maracdesk.casework.migration.HistoricVictim;

/**
 * People, not rows: the rows of one victim become one {@link HistoricVictim}. Rows are the same
 * victim when they have
 * <ul>
 *   <li>the same name (accents, capitals, spaces and punctuation ignored) and the same date of birth;</li>
 *   <li>the same date of birth and a name spelt slightly differently (the same first name and a
 *       surname that sounds the same or is nearly the same, or the other way round);</li>
 *   <li>the same tracker case reference, unless their dates of birth differ;</li>
 *   <li>no date of birth, and the same name as rows of exactly one person (with one date of birth, or
 *       none). When rows of several people of that name have different dates of birth, the row is a
 *       problem: which one it is, is not guessed.</li>
 * </ul>
 * Two known dates of birth that differ are never the same person.
 */
final class VictimGrouping {
    private final List<TrackerEntry> rows;
    private final int[] parent;
    private final List<TrackerProblem> problems = new ArrayList<>();

    VictimGrouping(List<TrackerEntry> rows) {
        this.rows = rows;
        this.parent = new int[rows.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    List<TrackerProblem> problems() {
        return problems;
    }

    List<HistoricVictim> group() {
        Map<String, Integer> exact = new HashMap<>();
        Map<LocalDate, List<Integer>> byBirth = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            LocalDate dob = rows.get(i).victim().dateOfBirth();
            if (dob != null) {
                Integer first = exact.putIfAbsent(name(i) + "|" + dob, i);
                if (first != null) {
                    union(first, i);
                } else {
                    byBirth.computeIfAbsent(dob, d -> new ArrayList<>()).add(i);
                }
            }
        }
        byBirth.values().forEach(this::spellings);
        byReference();
        withoutBirthDate();
        return victims();
    }

    /** Among the people born on one day, names spelt slightly differently are one person. */
    private void spellings(List<Integer> firsts) {
        for (int a = 0; a < firsts.size(); a++) {
            for (int b = a + 1; b < firsts.size(); b++) {
                if (similar(rows.get(firsts.get(a)).victim(), rows.get(firsts.get(b)).victim())) {
                    union(firsts.get(a), firsts.get(b));
                }
            }
        }
    }

    static boolean similar(HistoricPerson x, HistoricPerson y) {
        String gx = Names.compact(x.givenName());
        String gy = Names.compact(y.givenName());
        String fx = Names.compact(x.familyName());
        String fy = Names.compact(y.familyName());
        boolean sameGiven = gx.equals(gy) || JaroWinkler.similarity(gx, gy) >= 0.9
                || (gx.length() == 1 || gy.length() == 1) && gx.charAt(0) == gy.charAt(0);
        boolean sameFamily = fx.equals(fy) || JaroWinkler.similarity(fx, fy) >= 0.9
                || PhoneticKey.of(x.familyName()).equals(PhoneticKey.of(y.familyName()));
        boolean swapped = gx.equals(fy) && fx.equals(gy);
        return swapped || sameGiven && fx.equals(fy) || gx.equals(gy) && sameFamily;
    }

    private void byReference() {
        Map<String, Integer> firstWithRef = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String ref = rows.get(i).externalReference();
            if (ref == null) {
                continue;
            }
            Integer first = firstWithRef.putIfAbsent(Vocabularies.squash(ref), i);
            if (first != null && compatible(first, i)) {
                union(first, i);
            }
        }
    }

    /** Whether two rows' groups have no two different known dates of birth. */
    private boolean compatible(int a, int b) {
        LocalDate x = birth(find(a));
        LocalDate y = birth(find(b));
        return x == null || y == null || x.equals(y);
    }

    private LocalDate birth(int root) {
        for (int i = 0; i < rows.size(); i++) {
            if (find(i) == root && rows.get(i).victim().dateOfBirth() != null) {
                return rows.get(i).victim().dateOfBirth();
            }
        }
        return null;
    }

    private void withoutBirthDate() {
        Map<String, Set<Integer>> groupsByName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).victim().dateOfBirth() != null) {
                groupsByName.computeIfAbsent(name(i), n -> new TreeSet<>()).add(find(i));
            }
        }
        Map<String, Integer> unknownByName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).victim().dateOfBirth() != null) {
                continue;
            }
            Set<Integer> known = groupsByName.getOrDefault(name(i), Set.of());
            Set<Integer> roots = new TreeSet<>();
            known.forEach(r -> roots.add(find(r)));
            int own = find(i);
            boolean alreadyPlaced = roots.remove(own);
            if (roots.size() > 1 && !alreadyPlaced) {
                problems.add(new TrackerProblem(rows.get(i).line(), null, null, TrackerText.text("migrate.problem.whichPerson",
                        roots.size())));
            } else if (roots.size() == 1 && !alreadyPlaced) {
                union(roots.iterator().next(), i);
            } else if (!alreadyPlaced) {
                Integer first = unknownByName.putIfAbsent(name(i), i);
                if (first != null) {
                    union(first, i);
                }
            }
        }
    }

    private String name(int i) {
        HistoricPerson p = rows.get(i).victim();
        return Names.compact(p.givenName()) + "|" + Names.compact(p.familyName());
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private List<HistoricVictim> victims() {
        Map<Integer, List<TrackerEntry>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            groups.computeIfAbsent(find(i), r -> new ArrayList<>()).add(rows.get(i));
        }
        List<HistoricVictim> out = new ArrayList<>();
        for (List<TrackerEntry> g : groups.values()) {
            g.sort(Comparator.comparing(TrackerEntry::referralDate).thenComparing(TrackerEntry::maracDate)
                    .thenComparingInt(TrackerEntry::line));
            out.add(victim(g));
        }
        return out;
    }

    /** The victim as most rows spell them (the latest of those on a tie), with the date of birth any row gives. */
    private static HistoricVictim victim(List<TrackerEntry> g) {
        Map<String, Integer> spellings = new HashMap<>();
        HistoricPerson latest = null;
        int best = 0;
        for (TrackerEntry e : g) {
            int n = spellings.merge(e.victim().givenName() + "|" + e.victim().familyName(), 1, Integer::sum);
            if (n >= best) {
                best = n;
                latest = e.victim();
            }
        }
        LocalDate dob = g.stream().map(e -> e.victim().dateOfBirth()).filter(Objects::nonNull).findFirst().orElse(null);
        List<HistoricPerson> perpetrators = new ArrayList<>();
        List<HistoricListing> listings = new ArrayList<>();
        for (TrackerEntry e : g) {
            int p = -1;
            if (e.perpetrator() != null) {
                p = indexOf(perpetrators, e.perpetrator());
                if (p < 0) {
                    perpetrators.add(e.perpetrator());
                    p = perpetrators.size() - 1;
                }
            }
            listings.add(new HistoricListing(e.line(), e.referralDate(), e.maracDate(), e.agencyCode(), e.score(),
                    e.routes(), p, e.relationship(), e.district(), e.externalReference(), e.notes(),
                    e.trackerRepeat()));
        }
        return new HistoricVictim(new HistoricPerson(latest.givenName(), latest.familyName(), dob), perpetrators,
                listings);
    }

    private static int indexOf(List<HistoricPerson> known, HistoricPerson p) {
        for (int i = 0; i < known.size(); i++) {
            if (similar(known.get(i), p)) {
                return i;
            }
        }
        return -1;
    }
}
