package org.maracdesk.common;

/** The store cannot be used right now: locked, busy elsewhere, or failed to open. */
public class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message) {
        super(message);
    }
}
