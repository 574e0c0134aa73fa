package org.maracdesk.security;

/**
 * {@code server import} refused before anything was written (decision 0039): why, in words that say how to put
 * it right, and which kind of refusal, so the command line can give each its exit code.
 */
public final class ImportRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the import was refused. */
    public enum Why {
        /** The vault account may not move the vault (see {@link VaultToServer}). */
        NOT_PERMITTED,
        /** The vault's own audit trail does not verify: re-sealing it would hide that. */
        AUDIT_BROKEN,
        /** The two schemas differ: one side must be upgraded first. */
        VERSION,
        /** The server already holds data and replacing it was not asked for. */
        NOT_EMPTY
    }

    private final Why why;

    public ImportRefusedException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
