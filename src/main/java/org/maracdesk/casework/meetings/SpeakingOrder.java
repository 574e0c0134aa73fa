package org.maracdesk.casework.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * The MARAC's speaking order (issue 16, decision 0061): the entries named first on every case, each an agency code
 * or {@link #REFERRER} for the agency that referred the case; every other agency speaks after them in the order it
 * already had. Pure ordering here; reading and changing the stored order is {@link MeetingSetupService}'s.
 */
public final class SpeakingOrder {
    /** The entry that stands for the case's referring agency. */
    public static final String REFERRER = "referrer";
    /** At most this many entries (there are fewer agency types than this). */
    public static final int MAX_ENTRIES = 40;

    private SpeakingOrder() {
    }

    /**
     * The agencies in speaking order: those the order names, the referrer's agency where {@link #REFERRER} stands
     * (left out when the case has no referring agency among {@code agencies}), each once and only if it is among
     * {@code agencies}; then the rest of {@code agencies} in their given order.
     */
    public static List<String> apply(List<String> order, String referringAgency, List<String> agencies) {
        Set<String> out = new LinkedHashSet<>();
        for (String entry : order) {
            String code = REFERRER.equals(entry) ? referringAgency : entry;
            if (code != null && agencies.contains(code)) {
                out.add(code);
            }
        }
        out.addAll(agencies);
        return new ArrayList<>(out);
    }

    /** The stored order, first place first. No case data: any account's read may use it. */
    static List<String> read(Session s) {
        return s.createNativeQuery("select entry_code from speaking_order order by place", String.class)
                .getResultList();
    }
}
