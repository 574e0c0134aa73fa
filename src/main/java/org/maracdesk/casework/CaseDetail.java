package org.maracdesk.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * One case as the read-only case screen shows it. Built for the signed-in user only. The victim's
 * safe address and contact details are not part of it: {@code seesSafeContact} says whether this
 * user may ask for them ({@link SafeContactService#reveal}, audited), else the coordinator holds them.
 * {@code flags} and {@code transferIn} are the circumstances flagged on the latest referral, shown as markers.
 */
public record CaseDetail(long id, String reference, CaseStatus status, String district, LocalDate openedOn,
                         PersonLine victim, List<PersonLine> perpetrators, List<PersonLine> children,
                         RiskLine latestRisk, List<ListingLine> listings, List<ActionLine> actions,
                         List<MustNotReceiveLine> mustNotReceive, boolean seesSafeContact, ClosureLine closure,
                         List<ReferralFlag> flags, boolean transferIn) {

    /** When and why a closed case was closed; null on an open case. */
    public record ClosureLine(LocalDate closedOn, CaseOutcome outcome, String reason) {
    }

    /** A person named on the case; the date of birth may be unknown. */
    public record PersonLine(long id, String name, LocalDate dateOfBirth) {
    }

    /** The latest referral's checklist result. */
    public record RiskLine(LocalDate referralDate, String instrumentId, Integer score, String band, boolean repeat,
                           Integer settingsVersion) {
    }

    public record ListingLine(LocalDate meetingDate, String district, boolean repeat) {
    }

    /** An action on the case; {@code typeName} the name of its action type (issue 16). */
    public record ActionLine(String agencyCode, String owner, String description, LocalDate dueDate,
                             ActionStatus status, String typeName) {
    }

    /** Who must not receive information about the case: an agency code or a named person. */
    public record MustNotReceiveLine(String agencyCode, String personName, String reason) {
    }
}
