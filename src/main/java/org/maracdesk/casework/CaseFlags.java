package org.maracdesk.casework;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The circumstances flagged on referrals (pets, no recourse to public funds, technology-facilitated abuse,
 * counter-allegation, CAPVA, rural), read for the markers the case screen, the agenda and the meeting view
 * show. Callers pass only referrals of cases already in the account's scope ({@link CaseScope}).
 */
public final class CaseFlags {
    private CaseFlags() {
    }

    /** Each referral's flags, in {@link ReferralFlag} order; referrals without flags are left out. */
    public static Map<Long, List<ReferralFlag>> ofReferrals(Session s, Collection<Long> referralIds) {
        Map<Long, Set<ReferralFlag>> found = new HashMap<>();
        if (referralIds.isEmpty()) {
            return Map.of();
        }
        for (Object[] r : s.createSelectionQuery("select r.id, f from Referral r join r.flags f where r.id in :ids",
                Object[].class).setParameter("ids", referralIds).getResultList()) {
            found.computeIfAbsent((Long) r[0], k -> EnumSet.noneOf(ReferralFlag.class)).add((ReferralFlag) r[1]);
        }
        Map<Long, List<ReferralFlag>> out = new HashMap<>();
        found.forEach((id, flags) -> out.put(id, List.copyOf(flags)));
        return out;
    }
}
