package org.maracdesk.casework.intake;

import java.util.Map;

/**
 * Existing people a referral's victim, perpetrators, children and others at risk are linked to: chosen by
 * the coordinator on screen, or the people an imported draft already stored. Linked people are used as they
 * are; unlinked ones are looked for as an import would.
 *
 * @param victim the person id of the victim, or null when not linked
 * @param perpetrators perpetrator position on the referral (from 0) → person id
 * @param children child position → person id (an imported draft's children)
 * @param othersAtRisk position among the others at risk → person id (likewise)
 */
public record PersonLinks(Long victim, Map<Integer, Long> perpetrators, Map<Integer, Long> children,
                          Map<Integer, Long> othersAtRisk) {

    public PersonLinks {
        perpetrators = Map.copyOf(perpetrators == null ? Map.of() : perpetrators);
        children = Map.copyOf(children == null ? Map.of() : children);
        othersAtRisk = Map.copyOf(othersAtRisk == null ? Map.of() : othersAtRisk);
    }

    public PersonLinks(Long victim, Map<Integer, Long> perpetrators) {
        this(victim, perpetrators, Map.of(), Map.of());
    }

    public static PersonLinks none() {
        return new PersonLinks(null, Map.of());
    }
}
