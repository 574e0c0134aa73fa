package org.maracdesk.casework.migration;

import java.time.LocalDate;
import java.util.Set;
import org.maracdesk.risk.ReferralRoute;

/**
 * One row of a tracker: a referral heard at a past meeting.
 *
 * @param line            the row's line in the file, for the report
 * @param referralDate    the referral's date (the meeting's date when the tracker has none)
 * @param maracDate       the date of the meeting it was heard at
 * @param agencyCode      the referring agency's code, or null when not known
 * @param score           the DASH score, or null when not known
 * @param routes          the grounds the tracker gives (the repeat route is recomputed, not taken from it)
 * @param perpetrator     index into the victim's perpetrators, or -1 when the row names none
 * @param relationship    the perpetrator's relationship to the victim as written, or null
 * @param district        the district the row names, or null
 * @param externalReference the tracker's case reference, or null
 * @param notes           what the row says beyond the mapped fields (notes, Idva, children, kept columns), or null
 * @param trackerRepeat   what the tracker's own repeat column says, or null when it has none
 */
public record HistoricListing(int line, LocalDate referralDate, LocalDate maracDate, String agencyCode, Integer score,
                              Set<ReferralRoute> routes, int perpetrator, String relationship, String district,
                              String externalReference, String notes, Boolean trackerRepeat) {
}
