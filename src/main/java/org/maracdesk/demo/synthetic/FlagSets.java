package org.maracdesk.demo.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.maracdesk.casework.ReferralFlag;

/** Shared immutable flag sets (one per combination) with a stable enum iteration order. */
final class FlagSets {
    private static final ReferralFlag[] FLAGS = ReferralFlag.values();
    private static final List<Set<ReferralFlag>> CACHE;

    static {
        List<Set<ReferralFlag>> cache = new ArrayList<>(1 << FLAGS.length);
        for (int mask = 0; mask < 1 << FLAGS.length; mask++) {
            EnumSet<ReferralFlag> s = EnumSet.noneOf(ReferralFlag.class);
            for (ReferralFlag f : FLAGS) {
                if ((mask & (1 << f.ordinal())) != 0) {
                    s.add(f);
                }
            }
            cache.add(Collections.unmodifiableSet(s));
        }
        CACHE = List.copyOf(cache);
    }

    private FlagSets() {
    }

    static Set<ReferralFlag> of(int mask) {
        return CACHE.get(mask);
    }

    static int bit(ReferralFlag f) {
        return 1 << f.ordinal();
    }

    static Set<ReferralFlag> copyOf(Set<ReferralFlag> flags) {
        int mask = 0;
        for (ReferralFlag f : flags) {
            mask |= bit(f);
        }
        return CACHE.get(mask);
    }
}
