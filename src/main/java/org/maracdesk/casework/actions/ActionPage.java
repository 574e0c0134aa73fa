package org.maracdesk.casework.actions;

import java.util.List;

/**
 * One page of an action list as the account may see it: the rows, how many actions the list holds
 * in all and how many of those are overdue (both counted by the database), and where the page starts.
 */
public record ActionPage(List<ActionRow> rows, long total, long overdue, int offset) {
    public ActionPage {
        rows = List.copyOf(rows);
    }

    static ActionPage empty(int offset) {
        return new ActionPage(List.of(), 0, 0, offset);
    }

    /** The lists: open actions; overdue ones by agency; those due for review at the next scheduled meeting. */
    public enum Kind { OPEN, OVERDUE, DUE_FOR_REVIEW }

    /** Which list, which page of it, and the one action type shown ({@code typeCode}; null for every type). */
    public record Request(Kind kind, int offset, int limit, String typeCode) {
        public static final int MAX_LIMIT = 500;

        public Request(Kind kind, int offset, int limit) {
            this(kind, offset, limit, null);
        }

        public Request {
            if (kind == null || offset < 0 || limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("a page of a list starts at 0 or later and holds 1 to "
                        + MAX_LIMIT + " actions");
            }
        }
    }
}
