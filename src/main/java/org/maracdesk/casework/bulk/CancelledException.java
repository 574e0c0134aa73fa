package org.maracdesk.casework.bulk;

/** Long work stopped because it was asked to; its transaction was rolled back, so nothing was written. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled; nothing was written");
    }
}
