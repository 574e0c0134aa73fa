package org.maracdesk.casework.intake;

import java.time.LocalDate;
import org.maracdesk.casework.ReferralStatus;

/**
 * What deciding a referral did.
 *
 * @param caseReference the case it opened or joined; null unless accepted
 * @param newCase true when accepting opened a new case
 * @param lastListing the victim and perpetrator pair's last referral or listing before the referral; null when none
 * @param settingsVersion the version of the MARAC's local settings the referral was scored under
 */
public record Decision(long referralId, ReferralStatus status, String caseReference, boolean newCase, boolean repeat,
        LocalDate lastListing, int settingsVersion) {
}
