package org.maracdesk.common;

import java.time.Instant;

/**
 * A save lost the race: someone else saved the same record after it was read (its version column moved on).
 * Nothing of this save was written. Says who changed it and when, where the service could tell (from the
 * record's own history); the screen keeps what was typed and offers it again. An {@link IllegalStateException},
 * so callers that treated a lost race as one keep working.
 */
public class ConcurrentChangeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final String changedBy;
    private final transient Instant changedAt;

    public ConcurrentChangeException(String changedBy, Instant changedAt, Throwable cause) {
        super(describe(changedBy, changedAt), cause);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The username of who saved the record meanwhile, or null when not known. */
    public String changedBy() {
        return changedBy;
    }

    /** When they saved it, or null when not known. */
    public Instant changedAt() {
        return changedAt;
    }

    private static String describe(String by, Instant at) {
        return (by == null ? "someone else" : by) + " changed this record" + (at == null ? "" : " at " + at)
                + " after you opened it; nothing of your change was saved: reload it and apply your change again";
    }
}
