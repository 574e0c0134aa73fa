package org.maracdesk.casework.migration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeats of a victim's history, recomputed from the dates (MARAC.md §2.9, SafeLives): a listing is
 * a repeat when an earlier referral or listing of the same victim with the same perpetrator falls
 * within the repeat window (12 months, up to and including the anniversary) before its referral
 * date. The same rule as the import's ({@code RepeatFinder} and the risk engine's repeat route):
 * a row that names no perpetrator is never a repeat.
 */
public final class RepeatRule {
    private RepeatRule() {
    }

    /** The repeat decision of one listing, and the earlier date it counts from (null when none). */
    public record Repeat(boolean repeat, LocalDate lastReferral) {
    }

    /** One decision per listing of {@code v}, in its order; the listings must be in date order. */
    public static List<Repeat> of(HistoricVictim v, int windowMonths) {
        List<Repeat> out = new ArrayList<>();
        List<HistoricListing> rows = v.listings();
        for (int i = 0; i < rows.size(); i++) {
            HistoricListing row = rows.get(i);
            LocalDate last = null;
            for (int j = 0; j < rows.size() && row.perpetrator() >= 0; j++) {
                HistoricListing earlier = rows.get(j);
                if (j == i || earlier.perpetrator() != row.perpetrator() || !isBefore(earlier, row, j < i)) {
                    continue;
                }
                last = latest(last, onOrBefore(earlier.referralDate(), row.referralDate()));
                last = latest(last, onOrBefore(earlier.maracDate(), row.referralDate()));
            }
            boolean repeat = last != null && !row.referralDate().isAfter(last.plusMonths(windowMonths));
            out.add(new Repeat(repeat, last));
        }
        return out;
    }

    /** Whether {@code earlier} was referred before {@code row} (on the same day, the one above it in the file). */
    private static boolean isBefore(HistoricListing earlier, HistoricListing row, boolean aboveInOrder) {
        int c = earlier.referralDate().compareTo(row.referralDate());
        return c < 0 || c == 0 && aboveInOrder;
    }

    private static LocalDate onOrBefore(LocalDate d, LocalDate limit) {
        return d != null && !d.isAfter(limit) ? d : null;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}
