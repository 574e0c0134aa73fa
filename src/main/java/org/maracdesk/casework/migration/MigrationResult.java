package org.maracdesk.casework.migration;

/** What a migration wrote, in counts. */
public record MigrationResult(int rows, int people, int cases, int listings, int meetings, int repeats,
                              int closedCases) {
    /** One line for the command line and the window. */
    public String summary() {
        return "Migrated " + rows + " rows: " + people + " people, " + cases + " cases, " + listings + " listings on "
                + meetings + " meetings, " + repeats + " repeats; " + closedCases + " cases last heard more than"
                + " 12 months ago were closed";
    }
}
