package org.maracdesk.demo;

import java.util.List;
import java.util.Locale;
import org.maracdesk.casework.ActionItem;
import org.maracdesk.casework.ActionType;

/**
 * Gives the demo's generated actions a type (issue 16) from their wording, so that the Actions list, its type
 * filter and the reports have something to show. Only the demo loader uses it: real actions get their type when
 * they are agreed, and those agreed before types existed stay Other.
 */
final class DemoActionTypes {
    private record Rule(String code, String detail, List<String> words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("OPERATION_ENCOMPASS", "Wyvern Park Primary School", List.of("designated safeguarding lead")),
            new Rule("DVDS_DISCLOSURE", null, List.of("disclosure scheme")),
            new Rule("CIVIL_ORDER", "Non-molestation order", List.of("non-molestation")),
            new Rule("CIVIL_ORDER", "Domestic Violence Protection Order", List.of("protection notice")),
            new Rule("FLAG_AND_TAG", null, List.of("flag the", "alert on", "safeguarding alert")),
            new Rule("TARGET_HARDENING", null, List.of("locks", "panic alarm", "safe mobile")),
            new Rule("HOUSING_MOVE", null, List.of("management transfer")),
            new Rule("SAFEGUARDING_REFERRAL", null, List.of("safeguarding enquiry", "child and family assessment",
                    "strategy discussion")));

    private DemoActionTypes() {
    }

    /** Sets the type (and a detail where the type has one) that the action's wording suggests; else Other. */
    static void apply(ActionItem item) {
        String text = item.getDescription().toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.words().stream().anyMatch(text::contains)) {
                item.setTypeCode(r.code());
                item.setDetailText(r.detail());
                item.setDetailDate(r.code().equals("CIVIL_ORDER") ? null : item.getCompletedOn());
                return;
            }
        }
        item.setTypeCode(ActionType.OTHER);
    }
}
