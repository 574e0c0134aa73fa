package org.maracdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maracdesk.casework.ReferralFlag;

/**
 * The circumstances flagged on a referral as markers (issue 16): a short word for where space is tight (the
 * agenda, the meeting view's case line) and the full words for the accessible name and the case screen, so a
 * marker is never colour or an abbreviation alone.
 */
public final class FlagWords {
    private static final Map<ReferralFlag, String> SHORT = Map.of(
            ReferralFlag.PETS, "marker.flag.pets",
            ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS, "marker.flag.nrpf",
            ReferralFlag.TECH_FACILITATED_ABUSE, "marker.flag.tech",
            ReferralFlag.COUNTER_ALLEGATION, "marker.flag.counterAllegation",
            ReferralFlag.CAPVA, "marker.flag.capva",
            ReferralFlag.RURAL, "marker.flag.rural");
    private static final Map<ReferralFlag, String> FULL = Map.of(
            ReferralFlag.PETS, "referral.flag.pets",
            ReferralFlag.NO_RECOURSE_TO_PUBLIC_FUNDS, "referral.flag.nrpf",
            ReferralFlag.TECH_FACILITATED_ABUSE, "referral.flag.tech",
            ReferralFlag.COUNTER_ALLEGATION, "referral.flag.counterAllegation",
            ReferralFlag.CAPVA, "referral.flag.capva",
            ReferralFlag.RURAL, "referral.flag.rural");
    private final Messages messages;

    public FlagWords(Messages messages) {
        this.messages = messages;
    }

    /** The short markers, in flag order, with "Transfer in" last when the case came from another MARAC. */
    public List<String> markers(List<ReferralFlag> flags, boolean transferIn) {
        List<String> out = new ArrayList<>();
        flags.forEach(f -> out.add(messages.get(SHORT.get(f))));
        if (transferIn) {
            out.add(messages.get("agenda.marker.transfer"));
        }
        return out;
    }

    /** The same markers in full words, for accessible names and the case screen. */
    public List<String> full(List<ReferralFlag> flags, boolean transferIn) {
        List<String> out = new ArrayList<>();
        flags.forEach(f -> out.add(messages.get(FULL.get(f))));
        if (transferIn) {
            out.add(messages.get("referral.previous.transfer"));
        }
        return out;
    }
}
