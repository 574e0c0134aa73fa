package org.maracdesk.exchange.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No withheld small count of the data return can be worked out or narrowed from what is
 * published: for many returns, every assignment of values to the withheld referral-source cells
 * that agrees with every published figure is tried, and each withheld count from 1 to 4 must still
 * be able to take every value from 1 to 4. The flat groups that add up to the cases discussed
 * (female + male + other gender; with + without children) are tried exhaustively, by a reader
 * who knows the rule.
 */
class ReturnSuppressionTest {
    private static final List<String> AGENCIES = List.of("police", "idva", "gp", "housing");

    private static DataReturn referrals(Map<String, Long> byAgency) {
        long total = byAgency.values().stream().mapToLong(Long::longValue).sum();
        return new DataReturn(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), Map.of(Measures.CASES, total,
                Measures.WITHOUT_CHILDREN, total, Measures.FEMALE, total), new java.util.TreeMap<>(byAgency), null);
    }

    private static Map<String, String> published(DataReturn r) {
        Map<String, String> out = new HashMap<>();
        r.rows().forEach(row -> out.put(row.get(0), row.get(1)));
        return out;
    }

    @Test
    void theDemoShapedReturnNoLongerGivesAwayTwoSmallSources() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("police", 100L);
        m.put("idva", 60L);
        m.put("gp", 3L);
        m.put("housing", 4L);
        m.put("csc", 48L);
        Map<String, String> shown = published(referrals(m));
        assertFalse(shown.containsKey("referrals_from_gp"), "a small source is never named");
        assertFalse(shown.containsKey("referrals_from_housing"));
        assertEquals("7", shown.get("referrals_from_other_agencies"), "counted together: 3 + 4, which could be"
                + " 1 + 6, 2 + 5, 3 + 4 or 4 + 3 as far as a reader can tell");
        assertEquals("115", shown.get("referrals_non_police"));
        assertEquals("60", shown.get("referrals_from_idva"));
    }

    @Test
    void anOtherAgenciesSumFromOneToFourTakesInTheSmallestNamedSource() {
        Map<String, Long> shown = ReturnSuppression.sources(45, Map.of("police", 25L, "idva", 9L, "gp", 2L,
                "csc", 9L));
        assertFalse(shown.containsKey("referrals_from_gp"), "2 is small: counted with the others");
        assertEquals(Long.valueOf(11), shown.get("referrals_from_other_agencies"), "2 alone would give the GP"
                + " count away, so the smallest named source (csc before idva at 9 each) joins it");
        assertEquals(Long.valueOf(9), shown.get("referrals_from_idva"));
        assertFalse(shown.containsKey("referrals_from_csc"));
    }

    @Test
    void aReturnWithNothingSmallWithholdsNothing() {
        DataReturn r = referrals(Map.of("police", 30L, "idva", 12L, "gp", 6L));
        assertTrue(r.withheld().isEmpty(), r.withheld().toString());
        assertEquals("6", published(r).get("referrals_from_gp"));
        assertEquals("0", published(r).get("referrals_from_other_agencies"));
    }

    @Test
    void aTotalFromOneToFourIsWithheldWithItsRateAndPercentages() {
        DataReturn r = referrals(Map.of("police", 2L, "idva", 1L));
        Map<String, String> shown = published(r);
        assertEquals(DataReturn.WITHHELD, shown.get("cases_discussed"));
        r.rows().forEach(row -> assertEquals("", row.get(2), row.get(0) + " has no percentage"));
    }

    @Test
    void aSmallPoliceFigureWithholdsTheRestTooAndNothingIsBrokenDown() {
        Map<String, String> shown = published(referrals(Map.of("police", 3L, "idva", 20L, "gp", 9L)));
        assertEquals(DataReturn.WITHHELD, shown.get("referrals_from_police"));
        assertEquals(DataReturn.WITHHELD, shown.get("referrals_non_police"), "else 32 - 29 gives police away");
        assertFalse(shown.containsKey("referrals_from_idva"), "else the sources add up to the non-police figure");
    }

    @Test
    void everyAdditiveRelationLeavesEachWithheldSmallCountFreeFromOneToFour() {
        Random random = new Random(20261127L);
        int checked = 0;
        for (int run = 0; run < 2000; run++) {
            Map<String, Long> m = new LinkedHashMap<>();
            for (String a : AGENCIES) {
                long n = random.nextInt(4) == 0 ? 0 : random.nextInt(a.equals("police") ? 14 : 9);
                if (n > 0) {
                    m.put(a, n);
                }
            }
            if (m.isEmpty()) {
                continue;
            }
            DataReturn r = referrals(m);
            Map<String, String> shown = published(r);
            assertFalse(shown.values().stream().anyMatch(v -> v.matches("[1-4]")), "no count 1 to 4 is printed: "
                    + shown);
            for (String a : m.keySet()) {
                if (!a.equals("police") && DataReturn.suppressed(m.get(a))) {
                    assertFalse(shown.containsKey("referrals_from_" + a), a + " is small and must not be named");
                }
            }
            long police = m.getOrDefault("police", 0L);
            long nonPolice = r.nonPoliceReferrals();
            if (DataReturn.suppressed(police) || DataReturn.suppressed(nonPolice)) {
                Set<Long> policeCan = new HashSet<>();
                Set<Long> restCan = new HashSet<>();
                for (long total = 1; total <= 40; total++) {
                    if (!agrees(shown.get("cases_discussed"), total)) {
                        continue;
                    }
                    for (long p = 0; p <= total; p++) {
                        long n = total - p;
                        if (agrees(shown.get("referrals_from_police"), p)
                                && agrees(shown.get("referrals_non_police"), n)) {
                            policeCan.add(p);
                            restCan.add(n);
                        }
                    }
                }
                Set<Long> small = Set.of(1L, 2L, 3L, 4L);
                if (DataReturn.suppressed(police)) {
                    assertTrue(policeCan.containsAll(small), m + " as " + shown + ": police " + policeCan);
                    checked++;
                }
                if (DataReturn.suppressed(nonPolice)) {
                    assertTrue(restCan.containsAll(small), m + " as " + shown + ": non-police " + restCan);
                    checked++;
                }
            } else {
                long named = shown.entrySet().stream().filter(e -> e.getKey().startsWith("referrals_from_")
                        && !e.getKey().equals("referrals_from_police")).mapToLong(e -> Long.parseLong(e.getValue()))
                        .sum();
                assertEquals(nonPolice, named, "the published sources still add up: " + shown);
            }
        }
        assertTrue(checked > 100, "enough small counts were tried: " + checked);
    }

    private static final List<List<String>> FLAT_GROUPS = List.of(
            List.of(Measures.FEMALE, Measures.MALE, Measures.OTHER_GENDER),
            List.of(Measures.WITH_CHILDREN, Measures.WITHOUT_CHILDREN));

    /**
     * Every split of every total from 1 to 18 over each flat group is printed; a reader who sees
     * one print and knows the rule knows only that the split is one of those printing the same.
     * Among them, each part that is withheld while from 1 to 4 must still take every value 1 to 4.
     */
    @Test
    void everySplitOfAFlatGroupLeavesEachWithheldSmallPartFreeFromOneToFour() {
        int checked = 0;
        for (List<String> group : FLAT_GROUPS) {
            Map<List<List<String>>, List<long[]>> byPrint = new HashMap<>();
            for (long total = 1; total <= 18; total++) {
                for (long[] split : splits(total, group.size())) {
                    byPrint.computeIfAbsent(printed(total, group, split), k -> new ArrayList<>()).add(split);
                }
            }
            for (Map.Entry<List<List<String>>, List<long[]>> e : byPrint.entrySet()) {
                assertFalse(e.getKey().stream().anyMatch(row -> row.get(1).matches("[1-4]")), "printed " + e.getKey());
                for (int i = 0; i < group.size(); i++) {
                    Set<Long> can = new HashSet<>();
                    for (long[] split : e.getValue()) {
                        can.add(split[i]);
                    }
                    for (long[] split : e.getValue()) {
                        if (DataReturn.suppressed(split[i])) {
                            assertTrue(can.containsAll(Set.of(1L, 2L, 3L, 4L)), group.get(i) + " "
                                    + java.util.Arrays.toString(split) + " printed as " + e.getKey() + " could be " + can);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "enough small parts were tried: " + checked);
    }

    @Test
    void oneSmallPartWithholdsTheWholeGroupButNotTheTotal() {
        Map<String, Long> counts = Map.of(Measures.CASES, 40L, Measures.FEMALE, 37L, Measures.MALE, 3L,
                Measures.WITH_CHILDREN, 25L, Measures.WITHOUT_CHILDREN, 15L);
        Map<String, String> shown = published(new DataReturn(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                counts, Map.of("police", 40L), null));
        assertEquals(DataReturn.WITHHELD, shown.get(Measures.MALE));
        assertEquals(DataReturn.WITHHELD, shown.get(Measures.FEMALE), "else 40 - 37 gives the male count away");
        assertEquals(DataReturn.WITHHELD, shown.get(Measures.OTHER_GENDER), "a 0 beside would say female + male = 40");
        assertEquals("40", shown.get(Measures.CASES));
        assertEquals("25", shown.get(Measures.WITH_CHILDREN));
        assertEquals("15", shown.get(Measures.WITHOUT_CHILDREN));
    }

    /** The rows a reader sees for the total and the group, with their percentages. */
    private static List<List<String>> printed(long total, List<String> group, long[] split) {
        Map<String, Long> counts = new HashMap<>();
        counts.put(Measures.CASES, total);
        for (List<String> g : FLAT_GROUPS) {
            counts.put(g.get(g.size() - 1), total);
        }
        for (int i = 0; i < group.size(); i++) {
            counts.put(group.get(i), split[i]);
        }
        DataReturn r = new DataReturn(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), counts,
                Map.of("police", total), null);
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : r.rows()) {
            if (row.get(0).equals(Measures.CASES) || group.contains(row.get(0))) {
                out.add(row);
            }
        }
        return out;
    }

    /** Every way of writing total as an ordered sum of {@code parts} counts from 0. */
    private static List<long[]> splits(long total, int parts) {
        List<long[]> out = new ArrayList<>();
        if (parts == 1) {
            out.add(new long[] {total});
            return out;
        }
        for (long first = 0; first <= total; first++) {
            for (long[] rest : splits(total - first, parts - 1)) {
                long[] s = new long[parts];
                s[0] = first;
                System.arraycopy(rest, 0, s, 1, rest.length);
                out.add(s);
            }
        }
        return out;
    }

    /** A published figure agrees with a value: equal, or withheld and at least 1. */
    private static boolean agrees(String published, long value) {
        return published.equals(DataReturn.WITHHELD) ? value >= 1 : Long.parseLong(published) == value;
    }
}
