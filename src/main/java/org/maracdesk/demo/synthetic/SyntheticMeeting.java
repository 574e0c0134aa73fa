package org.maracdesk.demo.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.maracdesk.casework.MeetingStatus;

/**
 * A fortnightly MARAC meeting of one district. {@code referralCutOff} is {@code date - 7 days}: referrals received
 * on or before it are listed here (if no earlier meeting of the district took them). {@code listedReferralIndexes}
 * is ascending.
 */
public record SyntheticMeeting(int index, LocalDate date, String district, String venue, boolean virtual,
                               LocalDate referralCutOff, MeetingStatus status, List<Integer> listedReferralIndexes) {
    public SyntheticMeeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(referralCutOff, "referralCutOff");
        Objects.requireNonNull(status, "status");
        listedReferralIndexes = List.copyOf(listedReferralIndexes);
    }
}
