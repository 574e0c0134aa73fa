package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything one generator run produced. Referrals are in date order and {@code referrals.get(i).index() == i};
 * meetings likewise ({@code meetings.get(i).index() == i}, date order); actions are in referral order.
 */
public record SyntheticDataset(LocalDate today, long seed, List<SyntheticReferral> referrals,
                               List<SyntheticMeeting> meetings, List<SyntheticAction> actions) {
    public SyntheticDataset {
        Objects.requireNonNull(today, "today");
        referrals = List.copyOf(referrals);
        meetings = List.copyOf(meetings);
        actions = List.copyOf(actions);
    }
}
