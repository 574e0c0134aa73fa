package org.maracdesk.exchange.tracker;

/** A tracker file that cannot be read at all; the message says why and never quotes its content. */
public final class TrackerFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrackerFileException(String message) {
        super(message);
    }
}
