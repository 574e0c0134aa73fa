package org.maracdesk.casework.meetings;

/**
 * One agency's research on a case, as the meeting reads it; for the schools' review section of a repeat listing
 * (decision 0061) {@code review} is true, with whether the child is on roll and what has changed, and the full form's
 * three texts are null.
 */
public record ResearchEntry(String agencyCode, ResearchState state, String facts, String opinion, String notShared,
                            boolean review, OnRoll onRoll, String reviewChanges) {

    /** Research on the full form. */
    public ResearchEntry(String agencyCode, ResearchState state, String facts, String opinion, String notShared) {
        this(agencyCode, state, facts, opinion, notShared, false, null, null);
    }
}
