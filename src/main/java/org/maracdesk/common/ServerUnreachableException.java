package org.maracdesk.common;

/** A shared server cannot be reached (network, host, port, TLS): nothing was read or written. */
public final class ServerUnreachableException extends StoreUnavailableException {
    private static final long serialVersionUID = 1L;

    public ServerUnreachableException(String message) {
        super(message);
    }
}
