package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A research request as its agency sees it: whom to check, and what it has written so far; {@code review} true when
 * it is only the schools' review section of a repeat listing (decision 0061), with whether the child is still on roll
 * (null until answered) and what has changed since the last listing.
 */
public record ResearchItem(long id, long meetingId, LocalDate meetingDate, String caseReference, String agencyCode,
                           String victim, List<String> perpetrators, List<String> children, boolean checkVictim,
                           boolean checkPerpetrator, boolean checkChildren, String facts, String opinion,
                           String notShared, boolean submitted, Instant submittedAt, String submittedBy,
                           String reopenedBecause, boolean review, OnRoll onRoll, String reviewChanges) {
}
