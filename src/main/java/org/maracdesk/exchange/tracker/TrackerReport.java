package org.maracdesk.exchange.tracker;

import java.util.List;

/**
 * What a migration of the file would write, and what stands in its way: the dry run's report.
 *
 * @param victims       distinct victims (one person and one case each)
 * @param perpetrators  distinct perpetrators (per victim)
 * @param meetings      distinct meetings (date and district) the listings were heard at
 * @param disagreements rows where the tracker's own repeat column says otherwise than the rule
 * @param dropped       columns neither mapped nor kept as notes
 */
public record TrackerReport(int rows, int victims, int perpetrators, int listings, int meetings, int repeats,
                            List<TrackerProblem> problems, List<Disagreement> disagreements,
                            List<String> keptAsNotes, List<String> dropped, ColumnMapping mapping) {
    /** A row whose tracker says repeat (or not) where the SafeLives rule, from the dates, says otherwise. */
    public record Disagreement(int line, boolean tracker, boolean recomputed) {
        @Override
        public String toString() {
            return "line " + line + ": the tracker says " + (tracker ? "repeat" : "not a repeat") + ", the dates make"
                    + " it " + (recomputed ? "a repeat" : "not a repeat") + " (12 months from the previous"
                    + " referral of the same victim and perpetrator)";
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The counts in one line. */
    public String summary() {
        return rows + " rows: " + victims + " people as victims (one case each), " + perpetrators + " perpetrators, "
                + listings + " listings on " + meetings + " meetings, " + repeats + " repeats; " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems");
    }
}
