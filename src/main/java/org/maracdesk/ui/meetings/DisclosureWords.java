package org.maracdesk.ui.meetings;

import org.maracdesk.ui.common.Messages;

/** A disclosure's lawful basis and consent in words (decision 0048), "not recorded" for rows from before. */
public final class DisclosureWords {
    private DisclosureWords() {
    }

    /** "CODE — wording", or "not recorded". */
    public static String basis(Messages messages, String code, String wording) {
        if (code == null) {
            return messages.get("disclosure.notRecorded");
        }
        return wording == null ? code : messages.format("disclosure.basis.line", code, wording);
    }

    /** "given", "refused: reason", "not sought: reason", or "not recorded". */
    public static String consent(Messages messages, String state, String reason) {
        if (state == null) {
            return messages.get("disclosure.notRecorded");
        }
        String word = switch (state) {
            case "GIVEN" -> messages.get("disclosure.consent.given");
            case "REFUSED" -> messages.get("disclosure.consent.refused");
            case "NOT_SOUGHT" -> messages.get("disclosure.consent.notSought");
            default -> state;
        };
        return reason == null ? word : messages.format("disclosure.consent.withReason", word, reason);
    }
}
