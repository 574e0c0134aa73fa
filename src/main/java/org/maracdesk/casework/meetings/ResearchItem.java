package org.maracdesk.casework.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A research request as its agency sees it: whom to check, and what it has written so far. */
public record ResearchItem(long id, long meetingId, LocalDate meetingDate, String caseReference, String agencyCode,
                           String victim, List<String> perpetrators, List<String> children, boolean checkVictim,
                           boolean checkPerpetrator, boolean checkChildren, String facts, String opinion,
                           String notShared, boolean submitted, Instant submittedAt, String submittedBy,
                           String reopenedBecause) {
}
