package org.maracdesk.casework;

import java.time.LocalDate;

/**
 * The referral fields of MARAC.md §2.3 beyond the core form (decision 0046): the victim's circumstances,
 * the perpetrator's, and the police and court position. Any value may be null (not known / not given).
 *
 * @param childrenAddresses a child's address where it differs from the victim's, one line per child; a safe address,
 *                          stored apart and shown only to those the {@link SafeContactRule} lets see it (decision 0070)
 * @param crimeReferences crime and PNC references, {@code "; "}-separated
 * @param courtDates the court dates, ISO dates {@code "; "}-separated, in order
 */
public record ReferralCircumstances(
        String victimOccupation, String victimGp, String victimHousing, String victimLandlord,
        Boolean pregnantOrRecentBirth, String immigrationStatus, String victimReligion, String childrenAddresses,
        String relationshipHistory, String risksAndTriggers, Boolean wantsPoliceContact, String perpetratorEthnicity,
        String perpetratorDisability, String perpetratorHousing, String officerInCharge, String offences,
        String crimeReferences, String civilOrders, String bailConditions, LocalDate bailUntil, String courtDates) {

    /** Nothing given. */
    public static final ReferralCircumstances NONE = new ReferralCircumstances(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The same without where the children live: for an account the {@link SafeContactRule} does not let see it. */
    public ReferralCircumstances withoutChildrenAddresses() {
        return new ReferralCircumstances(victimOccupation, victimGp, victimHousing, victimLandlord,
                pregnantOrRecentBirth, immigrationStatus, victimReligion, null, relationshipHistory, risksAndTriggers,
                wantsPoliceContact, perpetratorEthnicity, perpetratorDisability, perpetratorHousing, officerInCharge,
                offences, crimeReferences, civilOrders, bailConditions, bailUntil, courtDates);
    }

    /** True when nothing at all is given (stored as null). */
    public boolean isEmpty() {
        return java.util.stream.Stream.of(victimOccupation, victimGp, victimHousing, victimLandlord,
                pregnantOrRecentBirth, immigrationStatus, victimReligion, childrenAddresses, relationshipHistory,
                risksAndTriggers, wantsPoliceContact, perpetratorEthnicity, perpetratorDisability, perpetratorHousing,
                officerInCharge, offences, crimeReferences, civilOrders, bailConditions, bailUntil, courtDates)
                .allMatch(v -> v == null || (v instanceof String s && s.isBlank()));
    }
}
