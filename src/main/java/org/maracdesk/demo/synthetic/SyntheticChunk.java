package org.maracdesk.demo.synthetic;

import java.util.List;

/**
 * A slice of a {@link SyntheticStream}: consecutive referrals from index {@code first}, the index of the meeting
 * that lists each ({@code meetingIndexes[i]} for {@code referrals.get(i)}), and the actions agreed for them.
 */
public record SyntheticChunk(int first, List<SyntheticReferral> referrals, int[] meetingIndexes,
                             List<SyntheticAction> actions) {
    public SyntheticChunk {
        referrals = List.copyOf(referrals);
        meetingIndexes = meetingIndexes.clone();
        actions = List.copyOf(actions);
    }

    /** The meeting index of a referral of this chunk. */
    public int meetingOf(SyntheticReferral r) {
        return meetingIndexes[r.index() - first];
    }

    /** The referral with global index {@code index}, which must be in this chunk. */
    public SyntheticReferral referral(int index) {
        return referrals.get(index - first);
    }
}
