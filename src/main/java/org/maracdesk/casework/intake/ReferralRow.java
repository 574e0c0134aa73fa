package org.maracdesk.casework.intake;

import java.time.LocalDate;
import org.maracdesk.casework.ReferralStatus;

/**
 * One line of the referral list: a draft or a decided referral.
 *
 * @param victimName as far as it has been typed; may be blank on a new draft
 * @param agencyCode null when not chosen yet
 * @param score null when not scored
 * @param caseReference null unless accepted
 * @param editable true for drafts (typed on screen or imported), which open in the form
 */
public record ReferralRow(long id, ReferralStatus status, LocalDate referralDate, String victimName, String agencyCode,
        Integer score, String band, boolean repeat, String caseReference, boolean editable) {
}
