package org.maracdesk.ui.referrals;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maracdesk.ui.common.Messages;

/** Field paths of a checked referral ({@code perpetrators[0].familyName}) in the form's own words. */
final class FieldLabels {
    private static final Pattern PATH = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.(.+))?");

    private FieldLabels() {
    }

    static Map<String, String> labels(Messages m) {
        return Map.ofEntries(
                Map.entry("referralDate", m.get("referral.referralDate")),
                Map.entry("referrer", m.get("referral.section.referrer")),
                Map.entry("victim", m.get("referral.section.victim")),
                Map.entry("perpetrators", m.get("referral.perpetrator")),
                Map.entry("children", m.get("referral.child")),
                Map.entry("othersAtRisk", m.get("referral.other")),
                Map.entry("risk", m.get("referral.section.checklist")),
                Map.entry("decisionReason", m.get("referral.decision.reason")),
                Map.entry("mustNotReceive", m.get("referral.section.mnr")),
                Map.entry("previousMarac", m.get("referral.previous.area")),
                Map.entry("agency", m.get("referral.referrer.agency")),
                Map.entry("name", m.get("referral.referrer.name")),
                Map.entry("managerSignOff", m.get("referral.referrer.signOff")),
                Map.entry("signedOffOn", m.get("referral.referrer.signedOffOn")),
                Map.entry("givenName", m.get("referral.person.givenName")),
                Map.entry("familyName", m.get("referral.person.familyName")),
                Map.entry("dateOfBirth", m.get("referral.person.dob")),
                Map.entry("date", m.get("referral.previous.date")),
                Map.entry("professionalJudgement", m.get("referral.grounds.judgementReason")),
                Map.entry("reason", m.get("referral.mnr.reason")));
    }

    /** "Perpetrator 1: Family name"; the path itself when it is not one the form knows. */
    static String label(Map<String, String> labels, String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return path;
        }
        String head = labels.getOrDefault(m.group(1), m.group(1));
        if (m.group(2) != null) {
            head = head + " " + (Integer.parseInt(m.group(2)) + 1);
        }
        if (m.group(3) == null) {
            return head;
        }
        return head + ": " + labels.getOrDefault(m.group(3), m.group(3));
    }
}
