package org.maracdesk.common;

/**
 * A shared server could not be reached safely over TLS (decision 0031): nothing was sent but the TLS
 * handshake. The kind lets a screen say in its own words what to fix; the message says it in English.
 */
public final class ServerTlsException extends StoreUnavailableException {
    private static final long serialVersionUID = 1L;

    /** What went wrong with TLS. */
    public enum Kind {
        /** The server does not offer TLS, which the connection file requires. */
        REFUSED,
        /** The server's certificate does not chain to the CA file the connection file names. */
        UNVERIFIED,
        /** The certificate is for another host name than the url's. */
        WRONG_HOST
    }

    private final Kind kind;

    public ServerTlsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
