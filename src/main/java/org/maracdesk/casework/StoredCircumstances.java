package org.maracdesk.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * How a referral stores its {@link ReferralCircumstances} in its own table: every field but where the children live,
 * which the referral keeps in a table of its own (V60, decision 0070), because a shared server's row-level security
 * hides rows, not columns. Hibernate maps an embeddable to one table only, hence this record beside the value.
 */
@Embeddable
record StoredCircumstances(
        @Column(name = "victim_occupation", length = 200) String victimOccupation,
        @Column(name = "victim_gp", length = 400) String victimGp,
        @Column(name = "victim_housing", length = 400) String victimHousing,
        @Column(name = "victim_landlord", length = 400) String victimLandlord,
        @Column(name = "pregnant_or_recent_birth") Boolean pregnantOrRecentBirth,
        @Column(name = "immigration_status", length = 200) String immigrationStatus,
        @Column(name = "victim_religion", length = 200) String victimReligion,
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

    static StoredCircumstances of(ReferralCircumstances c) {
        return new StoredCircumstances(c.victimOccupation(), c.victimGp(), c.victimHousing(), c.victimLandlord(),
                c.pregnantOrRecentBirth(), c.immigrationStatus(), c.victimReligion(), c.relationshipHistory(),
                c.risksAndTriggers(), c.wantsPoliceContact(), c.perpetratorEthnicity(), c.perpetratorDisability(),
                c.perpetratorHousing(), c.officerInCharge(), c.offences(), c.crimeReferences(), c.civilOrders(),
                c.bailConditions(), c.bailUntil(), c.courtDates());
    }

    ReferralCircumstances with(String childrenAddresses) {
        return new ReferralCircumstances(victimOccupation, victimGp, victimHousing, victimLandlord,
                pregnantOrRecentBirth, immigrationStatus, victimReligion, childrenAddresses, relationshipHistory,
                risksAndTriggers, wantsPoliceContact, perpetratorEthnicity, perpetratorDisability, perpetratorHousing,
                officerInCharge, offences, crimeReferences, civilOrders, bailConditions, bailUntil, courtDates);
    }
}
