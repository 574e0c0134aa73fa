package org.maracdesk.common;

/** The vault folder or its header is missing, damaged or of an unknown format. Never carries case data. */
public class VaultFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VaultFormatException(String message) {
        super(message);
    }

    public VaultFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
