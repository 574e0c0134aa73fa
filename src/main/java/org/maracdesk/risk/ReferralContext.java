package org.maracdesk.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the routes other than the score depend on.
 *
 * @param policeIncidentsLast12Months null when not known
 * @param lastMaracListing date of the last MARAC referral (or listing, if later) of this victim and
 *                         perpetrator: a repeat is counted from it (SafeLives); null when none
 * @param professionalJudgement the written reason; null or blank when professional judgement was not chosen
 * @throws RiskInputException naming the field when a value is impossible
 */
public record ReferralContext(LocalDate referralDate, Integer policeIncidentsLast12Months, LocalDate lastMaracListing,
        String professionalJudgement) {

    public ReferralContext {
        Objects.requireNonNull(referralDate, "referralDate");
        if (policeIncidentsLast12Months != null && policeIncidentsLast12Months < 0) {
            throw new RiskInputException("policeIncidentsLast12Months",
                    policeIncidentsLast12Months + " is not allowed; use 0 or more, or null when not known");
        }
        if (lastMaracListing != null && lastMaracListing.isAfter(referralDate)) {
            throw new RiskInputException("lastMaracListing", lastMaracListing
                    + " is after the referral date " + referralDate + "; give the last listing before this referral");
        }
        professionalJudgement = professionalJudgement == null || professionalJudgement.isBlank()
                ? null : professionalJudgement.strip();
    }

    /** A referral on {@code date} with nothing else known. */
    public static ReferralContext on(LocalDate date) {
        return new ReferralContext(date, null, null, null);
    }

    public Optional<Integer> policeIncidents() {
        return Optional.ofNullable(policeIncidentsLast12Months);
    }

    public Optional<LocalDate> lastListing() {
        return Optional.ofNullable(lastMaracListing);
    }

    /** The written reason, present only when professional judgement was chosen with a non-blank reason. */
    public Optional<String> judgement() {
        return Optional.ofNullable(professionalJudgement);
    }
}
