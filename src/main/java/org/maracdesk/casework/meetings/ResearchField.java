package org.maracdesk.casework.meetings;

/**
 * The parts of a research request an agency types: facts and opinion apart, and what it did not share; or, for a
 * school on a repeat listing (decision 0061), only the review section: whether the child is still on roll
 * ({@link OnRoll}'s name) and what has changed since the last listing.
 */
public enum ResearchField {
    FACTS, OPINION, NOT_SHARED, REVIEW_ON_ROLL, REVIEW_CHANGES;

    /** Whether the field belongs to the schools' review section rather than the full form. */
    public boolean review() {
        return this == REVIEW_ON_ROLL || this == REVIEW_CHANGES;
    }
}
