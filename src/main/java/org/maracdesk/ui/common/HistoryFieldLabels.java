package org.maracdesk.ui.common;

import java.util.Map;

/**
 * The words for each field a change history can name (issue 14): the stored name ({@code victimOccupation}) is
 * never shown. Every field the services write to the history has its key here ({@code HistoryFieldLabelsTest}
 * fails on one that has not); a checklist answer's line ({@code answer q7}) names its item.
 */
public final class HistoryFieldLabels {
    /** Stored field name to its words' key in the bundle (literal keys, so the bundle tests see them). */
    public static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("description", "changes.field.description"),
            Map.entry("speakingOrder", "changes.field.speakingOrder"),
            Map.entry("agency", "changes.field.agency"),
            Map.entry("owner", "changes.field.owner"),
            Map.entry("target", "changes.field.target"),
            Map.entry("dueDate", "changes.field.dueDate"),
            Map.entry("meetingDate", "changes.field.meetingDate"),
            Map.entry("givenName", "changes.field.givenName"),
            Map.entry("familyName", "changes.field.familyName"),
            Map.entry("aliases", "changes.field.aliases"),
            Map.entry("dateOfBirth", "changes.field.dateOfBirth"),
            Map.entry("gender", "changes.field.gender"),
            Map.entry("addressLine1", "changes.field.addressLine1"),
            Map.entry("town", "changes.field.town"),
            Map.entry("postcode", "changes.field.postcode"),
            Map.entry("lawfulBasis", "changes.field.lawfulBasis"),
            Map.entry("consent", "changes.field.consent"),
            Map.entry("district", "changes.field.district"),
            Map.entry("type", "changes.field.type"),
            Map.entry("typeDetail", "changes.field.typeDetail"),
            Map.entry("typeDate", "changes.field.typeDate"),
            Map.entry("due", "changes.field.due"),
            Map.entry("agreed", "changes.field.agreed"),
            Map.entry("declined", "changes.field.declined"),
            Map.entry("status", "changes.field.status"),
            Map.entry("occurredOn", "changes.field.occurredOn"),
            Map.entry("occurredNote", "changes.field.occurredNote"),
            Map.entry("against", "changes.field.against"),
            Map.entry("person", "changes.field.person"),
            Map.entry("againstNote", "changes.field.againstNote"),
            Map.entry("disclosedBy", "changes.field.disclosedBy"),
            Map.entry("policeReference", "changes.field.policeReference"),
            Map.entry("school", "changes.field.school"),
            Map.entry("socialWorkerName", "changes.field.socialWorkerName"),
            Map.entry("socialWorkerAgency", "changes.field.socialWorkerAgency"),
            Map.entry("socialWorkerContact", "changes.field.socialWorkerContact"),
            Map.entry("planStatus", "changes.field.planStatus"),
            Map.entry("encompassNotifiedOn", "changes.field.encompassNotifiedOn"),
            Map.entry("encompassNotifiedBy", "changes.field.encompassNotifiedBy"),
            Map.entry("targetChild", "changes.field.targetChild"),
            Map.entry("visibleHighRisk", "changes.field.visibleHighRisk"),
            Map.entry("mediumFrom", "changes.field.mediumFrom"),
            Map.entry("escalationIncidents", "changes.field.escalationIncidents"),
            Map.entry("repeatWindowMonths", "changes.field.repeatWindowMonths"),
            Map.entry("instruments", "changes.field.instruments"),
            Map.entry("lawfulBases", "changes.field.lawfulBases"),
            Map.entry("managerSignOffRequired", "changes.field.managerSignOffRequired"),
            Map.entry("minutesWithinDays", "changes.field.minutesWithinDays"),
            Map.entry("referralCutOffDays", "changes.field.referralCutOffDays"),
            Map.entry("longestWaitDays", "changes.field.longestWaitDays"),
            Map.entry("closedDays", "changes.field.closedDays"),
            Map.entry("transfer", "changes.field.transfer"),
            Map.entry("otherArea", "changes.field.otherArea"),
            Map.entry("movedOn", "changes.field.movedOn"),
            Map.entry("papersOn", "changes.field.papersOn"),
            Map.entry("handoverOn", "changes.field.handoverOn"),
            Map.entry("handoverService", "changes.field.handoverService"),
            Map.entry("note", "changes.field.note"),
            Map.entry("case", "changes.field.case"),
            Map.entry("policeIncidents", "changes.field.policeIncidents"),
            Map.entry("result", "changes.field.result"),
            Map.entry("settingsVersion", "changes.field.settingsVersion"),
            Map.entry("date", "changes.field.date"),
            Map.entry("agencies", "changes.field.agencies"),
            Map.entry("outcome", "changes.field.outcome"),
            Map.entry("actions", "changes.field.actions"),
            Map.entry("phone", "changes.field.phone"),
            Map.entry("email", "changes.field.email"),
            Map.entry("safeToCall", "changes.field.safeToCall"),
            Map.entry("safeTimes", "changes.field.safeTimes"),
            Map.entry("safeContact", "changes.field.safeContact"),
            Map.entry("mergedFrom", "changes.field.mergedFrom"),
            Map.entry("mergedInto", "changes.field.mergedInto"),
            Map.entry("victimOccupation", "changes.field.victimOccupation"),
            Map.entry("victimGp", "changes.field.victimGp"),
            Map.entry("victimHousing", "changes.field.victimHousing"),
            Map.entry("victimLandlord", "changes.field.victimLandlord"),
            Map.entry("pregnantOrRecentBirth", "changes.field.pregnantOrRecentBirth"),
            Map.entry("immigrationStatus", "changes.field.immigrationStatus"),
            Map.entry("victimReligion", "changes.field.victimReligion"),
            Map.entry("childrenAddresses", "changes.field.childrenAddresses"),
            Map.entry("relationshipHistory", "changes.field.relationshipHistory"),
            Map.entry("risksAndTriggers", "changes.field.risksAndTriggers"),
            Map.entry("wantsPoliceContact", "changes.field.wantsPoliceContact"),
            Map.entry("perpetratorEthnicity", "changes.field.perpetratorEthnicity"),
            Map.entry("perpetratorDisability", "changes.field.perpetratorDisability"),
            Map.entry("perpetratorHousing", "changes.field.perpetratorHousing"),
            Map.entry("officerInCharge", "changes.field.officerInCharge"),
            Map.entry("offences", "changes.field.offences"),
            Map.entry("crimeReferences", "changes.field.crimeReferences"),
            Map.entry("civilOrders", "changes.field.civilOrders"),
            Map.entry("bailConditions", "changes.field.bailConditions"),
            Map.entry("bailUntil", "changes.field.bailUntil"),
            Map.entry("courtDates", "changes.field.courtDates"));
    /** The prefix of a checklist answer's field name, followed by the item's id. */
    public static final String ANSWER = "answer ";

    private HistoryFieldLabels() {
    }

    /** The field's name in words; as stored when it is not known (an older history's field, say). */
    public static String of(Messages messages, String field) {
        if (field == null) {
            return "";
        }
        if (field.startsWith(ANSWER)) {
            return messages.format("changes.field.answer", field.substring(ANSWER.length()));
        }
        String key = KEYS.get(field);
        return key == null ? field : messages.get(key);
    }
}
