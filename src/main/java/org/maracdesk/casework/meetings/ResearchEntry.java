package org.maracdesk.casework.meetings;

/** One agency's research on a case, as the meeting reads it. */
public record ResearchEntry(String agencyCode, ResearchState state, String facts, String opinion, String notShared) {
}
