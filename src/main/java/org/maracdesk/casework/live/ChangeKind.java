package org.maracdesk.casework.live;

import java.util.EnumSet;
import java.util.Set;

/** What another desk changed, as open screens care about it (decision 0038): never which values. */
public enum ChangeKind {
    /** Research requests: asked, entered, submitted, reopened. */
    RESEARCH,
    /** Actions, their updates and proposed actions. */
    ACTIONS,
    /** Cases and referrals, and the people on them (a name corrected shows on the case list). */
    CASES,
    /** Meetings and the cases listed on them. */
    MEETINGS;

    /** The kinds a batch of changed tables stands for; every kind for "anything may have changed" ({@code *}). */
    static Set<ChangeKind> of(Iterable<String> tables) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        for (String table : tables) {
            switch (table) {
                case "research_request" -> kinds.add(RESEARCH);
                case "action_item", "action_update", "proposed_action" -> kinds.add(ACTIONS);
                case "marac_case", "referral", "person", "person_contact", "referral_person" -> kinds.add(CASES);
                case "meeting", "listing" -> kinds.add(MEETINGS);
                case "*" -> kinds.addAll(EnumSet.allOf(ChangeKind.class));
                default -> {
                    // a table no screen follows
                }
            }
        }
        return kinds;
    }
}
