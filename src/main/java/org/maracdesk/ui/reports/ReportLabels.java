package org.maracdesk.ui.reports;

import java.util.function.UnaryOperator;
import org.maracdesk.risk.ReferralRoute;
import org.maracdesk.ui.common.Messages;

/** Words for the data return's measures and the referral routes (literal keys for the consistency test). */
final class ReportLabels {
    private static final String FROM = "referrals_from_";

    private ReportLabels() {
    }

    static String measure(Messages messages, String code, UnaryOperator<String> agencyName) {
        if (code.startsWith("referral_flag_")) {
            return messages.format("reports.measure.flag", flag(messages, code.substring("referral_flag_".length())));
        }
        if (code.startsWith(FROM)) {
            return messages.format("reports.measure.referralsFrom", agencyName.apply(code.substring(FROM.length())));
        }
        String key = switch (code) {
            case "cases_discussed" -> "reports.measure.casesDiscussed";
            case "repeat_cases" -> "reports.measure.repeats";
            case "children_in_households" -> "reports.measure.children";
            case "cases_with_children" -> "reports.measure.withChildren";
            case "cases_without_children" -> "reports.measure.withoutChildren";
            case "victims_female" -> "reports.measure.female";
            case "victims_other_or_unrecorded_gender" -> "reports.measure.otherGender";
            case "victims_bame" -> "reports.measure.bame";
            case "victims_lgbt" -> "reports.measure.lgbt";
            case "victims_disabled" -> "reports.measure.disabled";
            case "victims_male" -> "reports.measure.male";
            case "victims_aged_16_17" -> "reports.measure.aged16to17";
            case "perpetrator_aged_17_or_under" -> "reports.measure.perpetrator17";
            case "referrals_non_police" -> "reports.measure.nonPolice";
            case "cases_per_10000_adult_women_per_year" -> "reports.measure.per10000";
            default -> null;
        };
        return key == null ? code : messages.get(key);
    }

    private static String flag(Messages messages, String flag) {
        String key = switch (flag) {
            case "pets" -> "referral.flag.pets";
            case "no_recourse_to_public_funds" -> "referral.flag.nrpf";
            case "tech_facilitated_abuse" -> "referral.flag.tech";
            case "counter_allegation" -> "referral.flag.counterAllegation";
            case "capva" -> "referral.flag.capva";
            case "rural" -> "referral.flag.rural";
            default -> null;
        };
        return key == null ? flag : messages.get(key);
    }

    static String route(Messages messages, ReferralRoute route) {
        return messages.get(switch (route) {
            case VISIBLE_HIGH_RISK -> "reports.route.visibleHighRisk";
            case PROFESSIONAL_JUDGEMENT -> "reports.route.professionalJudgement";
            case POTENTIAL_ESCALATION -> "reports.route.potentialEscalation";
            case REPEAT -> "reports.route.repeat";
        });
    }
}
