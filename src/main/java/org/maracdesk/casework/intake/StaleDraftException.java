package org.maracdesk.casework.intake;

/** The draft was changed or decided by someone else since it was opened; nothing was saved. */
public final class StaleDraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleDraftException() {
        super("the referral was changed or decided since it was opened; nothing was saved");
    }
}
