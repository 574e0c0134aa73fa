package org.maracdesk.exchange.referrals;

/** A problem with the file as a whole, before any referral could be read; never quotes the content. */
final class FileProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    FileProblem(int line, String reason) {
        super(reason);
        this.line = line;
    }

    int line() {
        return line;
    }
}
