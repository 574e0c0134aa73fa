package org.maracdesk.casework.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maracdesk.casework.ChangeHistory;
import org.maracdesk.casework.PersonRole;
import org.maracdesk.casework.ReferralStatus;
import org.maracdesk.risk.RiskResult;

/**
 * A decided referral in full, read only: what the form said, the decision, the stored result and the
 * engine's explanation of it, and its change history.
 *
 * @param version the referral's version as read; corrections and reversals send it back
 * @param caseId null unless accepted
 * @param content every field of the referral, its people as they are stored now
 * @param people the stored people it names (victim first), for corrections
 * @param routes the routes met as stored, e.g. {@code VISIBLE_HIGH_RISK}
 * @param explanation the engine's explanation of the stored answers (score, band, each route met or not and
 *                    why); null when they can no longer be scored (an instrument no longer installed)
 * @param history corrections, re-scores and reversals, oldest first
 */
public record ReferralRecord(long id, int version, ReferralStatus status, String decisionReason, Long caseId,
                             String caseReference, String recordedBy, Instant recordedAt, String externalReference,
                             NewReferral content, List<Person> people, Integer score, String band, List<String> routes,
                             boolean repeat, LocalDate lastListingDate, RiskResult explanation,
                             List<ChangeHistory.Line> history) {

    /** One stored person the referral names; {@code role} null for the victim. */
    public record Person(long personId, PersonRole role, String name) {
        public boolean victim() {
            return role == null;
        }
    }

    public ReferralRecord {
        people = List.copyOf(people);
        routes = List.copyOf(routes);
        history = List.copyOf(history);
    }
}
