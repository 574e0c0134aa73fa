package org.maracdesk.casework.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.maracdesk.casework.ReferralCircumstances;

/**
 * The further §2.3 referral fields (decision 0046) field by field: their names in the change history, and the
 * checks a correction must pass before anything is written (the columns' lengths, court dates as ISO dates).
 */
final class CircumstancesRules {
    private static final ReferralCircumstances NONE = new ReferralCircumstances(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private CircumstancesRules() {
    }

    /** Field name → {before, after}, in the order of the referral form. */
    static Map<String, Object[]> pairs(ReferralCircumstances before, ReferralCircumstances after) {
        ReferralCircumstances b = before == null ? NONE : before;
        ReferralCircumstances a = after == null ? NONE : after;
        Map<String, Object[]> m = new LinkedHashMap<>();
        m.put("victimOccupation", new Object[] {b.victimOccupation(), a.victimOccupation()});
        m.put("victimGp", new Object[] {b.victimGp(), a.victimGp()});
        m.put("victimHousing", new Object[] {b.victimHousing(), a.victimHousing()});
        m.put("victimLandlord", new Object[] {b.victimLandlord(), a.victimLandlord()});
        m.put("pregnantOrRecentBirth", new Object[] {b.pregnantOrRecentBirth(), a.pregnantOrRecentBirth()});
        m.put("immigrationStatus", new Object[] {b.immigrationStatus(), a.immigrationStatus()});
        m.put("victimReligion", new Object[] {b.victimReligion(), a.victimReligion()});
        m.put("childrenAddresses", new Object[] {b.childrenAddresses(), a.childrenAddresses()});
        m.put("relationshipHistory", new Object[] {b.relationshipHistory(), a.relationshipHistory()});
        m.put("risksAndTriggers", new Object[] {b.risksAndTriggers(), a.risksAndTriggers()});
        m.put("wantsPoliceContact", new Object[] {b.wantsPoliceContact(), a.wantsPoliceContact()});
        m.put("perpetratorEthnicity", new Object[] {b.perpetratorEthnicity(), a.perpetratorEthnicity()});
        m.put("perpetratorDisability", new Object[] {b.perpetratorDisability(), a.perpetratorDisability()});
        m.put("perpetratorHousing", new Object[] {b.perpetratorHousing(), a.perpetratorHousing()});
        m.put("officerInCharge", new Object[] {b.officerInCharge(), a.officerInCharge()});
        m.put("offences", new Object[] {b.offences(), a.offences()});
        m.put("crimeReferences", new Object[] {b.crimeReferences(), a.crimeReferences()});
        m.put("civilOrders", new Object[] {b.civilOrders(), a.civilOrders()});
        m.put("bailConditions", new Object[] {b.bailConditions(), a.bailConditions()});
        m.put("bailUntil", new Object[] {b.bailUntil(), a.bailUntil()});
        m.put("courtDates", new Object[] {b.courtDates(), a.courtDates()});
        return m;
    }

    /** @throws IllegalArgumentException naming the first field that is too long or a court date that is not one */
    static void check(ReferralCircumstances c) {
        if (c == null) {
            return;
        }
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("victimOccupation", 200);
        limits.put("victimGp", 400);
        limits.put("victimHousing", 400);
        limits.put("victimLandlord", 400);
        limits.put("immigrationStatus", 200);
        limits.put("victimReligion", 200);
        limits.put("childrenAddresses", 4000);
        limits.put("relationshipHistory", 4000);
        limits.put("risksAndTriggers", 4000);
        limits.put("perpetratorEthnicity", 200);
        limits.put("perpetratorDisability", 400);
        limits.put("perpetratorHousing", 400);
        limits.put("officerInCharge", 200);
        limits.put("offences", 4000);
        limits.put("crimeReferences", 400);
        limits.put("civilOrders", 4000);
        limits.put("bailConditions", 4000);
        limits.put("courtDates", 400);
        Map<String, Object[]> values = pairs(null, c);
        limits.forEach((field, limit) -> {
            Object v = values.get(field)[1];
            if (v instanceof String text && text.length() > limit) {
                throw new IllegalArgumentException(field + ": at most " + limit + " characters (" + text.length()
                        + " given)");
            }
        });
        if (c.courtDates() != null) {
            for (String d : c.courtDates().split(";")) {
                try {
                    LocalDate.parse(d.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("courtDates: each court date must be a date (YYYY-MM-DD)");
                }
            }
        }
    }
}
