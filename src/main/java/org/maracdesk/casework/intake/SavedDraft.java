package org.maracdesk.casework.intake;

/** Where a saved draft is, and its version for the next save. */
public record SavedDraft(long id, int version) {
}
