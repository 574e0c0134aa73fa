package org.maracdesk.app.cli;

/** Exit codes of every subcommand, also listed in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int WRONG_CREDENTIALS = 3;
    public static final int VAULT_PROBLEM = 4;
    public static final int AUDIT_BROKEN = 5;
    public static final int NOT_ALLOWED = 6;
    /** A shared server could not be reached (network, host, port, TLS). */
    public static final int SERVER_UNREACHABLE = 7;

    private ExitCodes() {
    }
}
