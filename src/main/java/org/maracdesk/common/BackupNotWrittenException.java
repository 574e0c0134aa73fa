package org.maracdesk.common;

/**
 * A backup was refused and nothing was written: the vault kept changing during each copy, or the copy, once
 * opened, did not hold every saved record. The message names tables and counts only, never case data.
 */
public final class BackupNotWrittenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Saves overtook each copy; trying again when the vault is quiet works. */
        KEPT_CHANGING,
        /** The copy lacked saved records; locking (which closes the database file) and signing in again helps. */
        INCOMPLETE_COPY
    }

    private final Reason reason;

    public BackupNotWrittenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
