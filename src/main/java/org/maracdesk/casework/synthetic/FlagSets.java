package org.maracdesk.casework.synthetic;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Shared immutable flag sets (one per combination) with a stable enum iteration order. */
final class FlagSets {
    private static final ReferralFlag[] FLAGS = ReferralFlag.values();
    @SuppressWarnings("unchecked")
    private static final Set<ReferralFlag>[] CACHE = new Set[1 << FLAGS.length];

    static {
        for (int mask = 0; mask < CACHE.length; mask++) {
            EnumSet<ReferralFlag> s = EnumSet.noneOf(ReferralFlag.class);
            for (ReferralFlag f : FLAGS) {
                if ((mask & (1 << f.ordinal())) != 0) {
                    s.add(f);
                }
            }
            CACHE[mask] = Collections.unmodifiableSet(s);
        }
    }

    private FlagSets() {
    }

    static Set<ReferralFlag> of(int mask) {
        return CACHE[mask];
    }

    static int bit(ReferralFlag f) {
        return 1 << f.ordinal();
    }

    static Set<ReferralFlag> copyOf(Set<ReferralFlag> flags) {
        int mask = 0;
        for (ReferralFlag f : flags) {
            mask |= bit(f);
        }
        return CACHE[mask];
    }
}
