package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The referral fields of MARAC.md §2.3 beyond the core form (decision 0046): the victim's circumstances,
 * the perpetrator's, and the police and court position. Any value may be null (not known / not given).
 *
 * @param childrenAddresses a child's address where it differs from the victim's, one line per child
 * @param crimeReferences crime and PNC references, {@code "; "}-separated
 * @param courtDates the court dates, ISO dates {@code "; "}-separated, in order
 */
@Embeddable
public record ReferralCircumstances(
        @Column(name = "victim_occupation", length = 200) String victimOccupation,
        @Column(name = "victim_gp", length = 400) String victimGp,
        @Column(name = "victim_housing", length = 400) String victimHousing,
        @Column(name = "victim_landlord", length = 400) String victimLandlord,
        @Column(name = "pregnant_or_recent_birth") Boolean pregnantOrRecentBirth,
        @Column(name = "immigration_status", length = 200) String immigrationStatus,
        @Column(name = "victim_religion", length = 200) String victimReligion,
        @Column(name = "children_addresses", length = 4000) String childrenAddresses,
        @Column(name = "relationship_history", length = 4000) String relationshipHistory,
        @Column(name = "risks_and_triggers", length = 4000) String risksAndTriggers,
        @Column(name = "wants_police_contact") Boolean wantsPoliceContact,
        @Column(name = "perpetrator_ethnicity", length = 200) String perpetratorEthnicity,
        @Column(name = "perpetrator_disability", length = 400) String perpetratorDisability,
        @Column(name = "perpetrator_housing", length = 400) String perpetratorHousing,
        @Column(name = "officer_in_charge", length = 200) String officerInCharge,
        @Column(name = "offences", length = 4000) String offences,
        @Column(name = "crime_pnc_references", length = 400) String crimeReferences,
        @Column(name = "civil_orders", length = 4000) String civilOrders,
        @Column(name = "bail_conditions", length = 4000) String bailConditions,
        @Column(name = "bail_until") LocalDate bailUntil,
        @Column(name = "court_dates", length = 400) String courtDates) {

    /** True when nothing at all is given (stored as null). */
    public boolean isEmpty() {
        return java.util.stream.Stream.of(victimOccupation, victimGp, victimHousing, victimLandlord,
                pregnantOrRecentBirth, immigrationStatus, victimReligion, childrenAddresses, relationshipHistory,
                risksAndTriggers, wantsPoliceContact, perpetratorEthnicity, perpetratorDisability, perpetratorHousing,
                officerInCharge, offences, crimeReferences, civilOrders, bailConditions, bailUntil, courtDates)
                .allMatch(v -> v == null || (v instanceof String s && s.isBlank()));
    }
}
