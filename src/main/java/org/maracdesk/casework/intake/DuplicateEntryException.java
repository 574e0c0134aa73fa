package org.maracdesk.casework.intake;

/** The agency or named person is already on the case's must-not-receive list; nothing was added. */
public final class DuplicateEntryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateEntryException() {
        super("already on the must-not-receive list; nothing was added");
    }
}
