package org.maracdesk.casework;

import java.util.List;

/**
 * One page of the case list as the account may see it: the rows, how many cases match the filter
 * in all ({@link #UNCOUNTED} when not asked for), and where the page starts.
 */
public record CasePage(List<CaseSummary> rows, long total, int offset) {
    /** The total of a page asked for without its count ({@code CaseQueryService.pageUncounted}). */
    public static final long UNCOUNTED = -1;

    public CasePage {
        rows = List.copyOf(rows);
    }

    /**
     * What to show: a filter (reference, district or victim's name; blank for all), an order, a page,
     * and whether closed cases are included.
     */
    public record Request(String filter, Sort sort, boolean descending, int offset, int limit, boolean includeClosed) {
        public static final int MAX_LIMIT = 500;

        /** Open and closed cases alike. */
        public Request(String filter, Sort sort, boolean descending, int offset, int limit) {
            this(filter, sort, descending, offset, limit, true);
        }

        public Request {
            if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("a page starts at 0 or later and holds 1 to " + MAX_LIMIT + " cases");
            }
            filter = filter == null ? "" : filter.strip();
            sort = sort == null ? Sort.OPENED : sort;
        }
    }

    /** The columns the list can be sorted by, done by the database. */
    public enum Sort {
        OPENED("c.opened_on"), REFERENCE("c.reference_fold"), DISTRICT("c.district_fold"), VICTIM("c.id");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        /**
         * The SQL order on marac_case c, ties broken so that pages never overlap (the victim's order is
         * walked along the index on the victim's name instead: {@code VictimOrder}). When only open cases
         * are listed ({@code status = 'OPEN'}) the order starts with the status, so that H2 reads the
         * page in order from an index on (status, column, id) instead of sorting every open case: it
         * does not see that an equality on an index's first column leaves the rest in order (V36).
         */
        String orderBy(boolean descending, boolean openOnly) {
            String dir = descending ? " desc" : " asc";
            return (openOnly ? "c.status" + dir + ", " : "") + column + dir + ", c.id" + dir;
        }
    }
}
