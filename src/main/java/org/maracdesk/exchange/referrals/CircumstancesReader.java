package org.maracdesk.exchange.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.ReferralCircumstances;

/**
 * The three optional objects of a referral file holding the further §2.3 fields (decision 0046):
 * {@code victimCircumstances}, {@code perpetratorCircumstances} and {@code policeAndCourts}. In CSV they
 * are the columns {@code victimCircumstances.occupation} and so on; lists take {@code ;}.
 */
final class CircumstancesReader {
    static final Set<String> VICTIM = Set.of("occupation", "gp", "housing", "landlord", "pregnantOrRecentBirth",
            "immigrationStatus", "religion", "childrenAddresses", "relationshipHistory", "risksAndTriggers",
            "wantsToSpeakToPolice");
    static final Set<String> PERPETRATOR = Set.of("ethnicity", "disability", "housing");
    static final Set<String> POLICE = Set.of("officerInCharge", "offences", "crimeReferences", "civilOrders",
            "bailConditions", "bailUntil", "courtDates");

    private CircumstancesReader() {
    }

    /** Null when none of the three objects is given. */
    static ReferralCircumstances read(Fields victim, Fields perpetrator, Fields police) {
        if (victim == null && perpetrator == null && police == null) {
            return null;
        }
        if (victim != null) {
            victim.allowOnly(VICTIM);
        }
        if (perpetrator != null) {
            perpetrator.allowOnly(PERPETRATOR);
        }
        if (police != null) {
            police.allowOnly(POLICE);
        }
        List<String> references = police == null ? List.of() : police.list("crimeReferences");
        return new ReferralCircumstances(text(victim, "occupation"), text(victim, "gp"), text(victim, "housing"),
                text(victim, "landlord"), victim == null ? null : victim.bool("pregnantOrRecentBirth"),
                text(victim, "immigrationStatus"), text(victim, "religion"), text(victim, "childrenAddresses"),
                text(victim, "relationshipHistory"), text(victim, "risksAndTriggers"),
                victim == null ? null : victim.bool("wantsToSpeakToPolice"), text(perpetrator, "ethnicity"),
                text(perpetrator, "disability"), text(perpetrator, "housing"), text(police, "officerInCharge"),
                text(police, "offences"), references.isEmpty() ? null : String.join("; ", references),
                text(police, "civilOrders"), text(police, "bailConditions"),
                police == null ? null : police.date("bailUntil"), courtDates(police));
    }

    private static String text(Fields f, String key) {
        if (f == null) {
            return null;
        }
        String t = f.text(key);
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** Each court date must be a date; stored as ISO dates, {@code "; "}-separated. */
    private static String courtDates(Fields f) {
        if (f == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<String> given = f.list("courtDates");
        for (int i = 0; i < given.size(); i++) {
            LocalDate d = SpreadsheetValues.isoOrDayFirst(given.get(i).strip());
            if (d == null) {
                f.sink().add(f.pathOf("courtDates") + "[" + i + "]", "\"" + Codes.shown(given.get(i))
                        + "\" is not a date in the form YYYY-MM-DD or DD/MM/YYYY");
            } else {
                out.add(d.toString());
            }
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }
}
