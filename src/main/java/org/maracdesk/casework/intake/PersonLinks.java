package org.maracdesk.casework.intake;

import java.util.Map;

/**
 * Existing people the coordinator linked a referral's victim and perpetrators to on screen.
 * Linked people are used as they are; unlinked ones are looked for as an import would.
 *
 * @param victim the person id of the victim, or null when not linked
 * @param perpetrators perpetrator position on the referral (from 0) → person id
 */
public record PersonLinks(Long victim, Map<Integer, Long> perpetrators) {

    public PersonLinks {
        perpetrators = Map.copyOf(perpetrators == null ? Map.of() : perpetrators);
    }

    public static PersonLinks none() {
        return new PersonLinks(null, Map.of());
    }
}
