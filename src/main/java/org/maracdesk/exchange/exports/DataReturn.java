package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The quarterly return in the SafeLives shape (MARAC.md §2.11), counted per listing: a case
 * discussed at two meetings in the period counts twice, as SafeLives counts cases discussed.
 *
 * @param adultWomen the area's female population aged 16 and over, or null when not configured
 */
public record DataReturn(LocalDate from, LocalDate to, long casesDiscussed, long repeats, long children,
                         long bame, long lgbt, long disabled, long male, long aged16to17,
                         long perpetratorAged17OrUnder, Map<String, Long> referralsByAgency, Long adultWomen) {

    /** Counts of 1 to 4 are shown as "<5" so no one can be recognised from a small number. */
    public static final int SUPPRESS_BELOW = 5;

    public static boolean suppressed(long n) {
        return n > 0 && n < SUPPRESS_BELOW;
    }

    public static String shown(long n) {
        return suppressed(n) ? "<5" : Long.toString(n);
    }

    /** Percentage of cases discussed, one decimal, blank when the count is suppressed or there are no cases. */
    public String percent(long n) {
        if (suppressed(n) || casesDiscussed == 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", 100.0 * n / casesDiscussed);
    }

    public long nonPoliceReferrals() {
        return referralsByAgency.entrySet().stream().filter(e -> !e.getKey().equals("police"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Cases discussed per 10,000 adult women, scaled to a year (SafeLives recommends about 40). */
    public String casesPer10000AdultWomenPerYear() {
        if (adultWomen == null || adultWomen <= 0) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return String.format(java.util.Locale.ROOT, "%.1f", casesDiscussed * 10_000.0 / adultWomen * 365.0 / days);
    }

    /** The rows of the CSV and PDF: measure, number, percentage of cases discussed. */
    public List<List<String>> rows() {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("cases_discussed", Long.toString(casesDiscussed), ""));
        rows.add(List.of("repeat_cases", shown(repeats), percent(repeats)));
        rows.add(List.of("children_in_households", shown(children), ""));
        rows.add(List.of("victims_bame", shown(bame), percent(bame)));
        rows.add(List.of("victims_lgbt", shown(lgbt), percent(lgbt)));
        rows.add(List.of("victims_disabled", shown(disabled), percent(disabled)));
        rows.add(List.of("victims_male", shown(male), percent(male)));
        rows.add(List.of("victims_aged_16_17", shown(aged16to17), percent(aged16to17)));
        rows.add(List.of("perpetrator_aged_17_or_under", shown(perpetratorAged17OrUnder),
                percent(perpetratorAged17OrUnder)));
        rows.add(List.of("referrals_non_police", shown(nonPoliceReferrals()), percent(nonPoliceReferrals())));
        referralsByAgency.forEach((agency, n) -> rows.add(List.of("referrals_from_" + agency, shown(n), percent(n))));
        rows.add(List.of("cases_per_10000_adult_women_per_year", casesPer10000AdultWomenPerYear(), ""));
        return rows;
    }
}
