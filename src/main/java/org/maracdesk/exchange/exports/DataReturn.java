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

    /** Counts from 1 to 4 are withheld so no one can be recognised from a small number. */
    public static final int SUPPRESS_BELOW = 5;
    /** How a withheld figure is printed: the same for every withheld figure (see {@link ReturnSuppression}). */
    public static final String WITHHELD = "[c]";
    static final String CASES = "cases_discussed";
    static final String FROM = "referrals_from_";
    static final String NON_POLICE = "referrals_non_police";

    public static boolean suppressed(long n) {
        return n > 0 && n < SUPPRESS_BELOW;
    }

    /** One figure on its own: withheld when from 1 to 4. */
    public static String shown(long n) {
        return suppressed(n) ? WITHHELD : Long.toString(n);
    }

    public long nonPoliceReferrals() {
        return referralsByAgency.entrySet().stream().filter(e -> !e.getKey().equals("police"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * The figures withheld from this return: counts from 1 to 4, and source figures that would
     * let one be worked out ({@link ReturnSuppression}).
     */
    public java.util.Set<String> withheld() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (List<String> row : rows()) {
            if (row.get(1).equals(WITHHELD)) {
                out.add(row.get(0));
            }
        }
        return out;
    }

    /** Percentage of cases discussed, one decimal; blank when either figure is withheld or there are no cases. */
    private String percent(long n, boolean withheldFigure, boolean totalWithheld) {
        if (withheldFigure || totalWithheld || casesDiscussed == 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", 100.0 * n / casesDiscussed);
    }

    /** Cases discussed per 10,000 adult women, scaled to a year (SafeLives recommends about 40). */
    public String casesPer10000AdultWomenPerYear() {
        if (adultWomen == null || adultWomen <= 0 || suppressed(casesDiscussed)) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return String.format(java.util.Locale.ROOT, "%.1f", casesDiscussed * 10_000.0 / adultWomen * 365.0 / days);
    }

    /** The rows of the CSV and PDF: measure, number (or {@link #WITHHELD}), percentage of cases discussed. */
    public List<List<String>> rows() {
        boolean totalWithheld = suppressed(casesDiscussed);
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of(CASES, shown(casesDiscussed), ""));
        rows.add(row("repeat_cases", repeats, totalWithheld));
        rows.add(List.of("children_in_households", shown(children), ""));
        rows.add(row("victims_bame", bame, totalWithheld));
        rows.add(row("victims_lgbt", lgbt, totalWithheld));
        rows.add(row("victims_disabled", disabled, totalWithheld));
        rows.add(row("victims_male", male, totalWithheld));
        rows.add(row("victims_aged_16_17", aged16to17, totalWithheld));
        rows.add(row("perpetrator_aged_17_or_under", perpetratorAged17OrUnder, totalWithheld));
        ReturnSuppression.sources(casesDiscussed, referralsByAgency).forEach((measure, n) -> rows.add(n == null
                ? List.of(measure, WITHHELD, "") : List.of(measure, Long.toString(n), percent(n, false, totalWithheld))));
        rows.add(List.of("cases_per_10000_adult_women_per_year", casesPer10000AdultWomenPerYear(), ""));
        return rows;
    }

    private List<String> row(String measure, long n, boolean totalWithheld) {
        return List.of(measure, shown(n), percent(n, suppressed(n), totalWithheld));
    }
}
