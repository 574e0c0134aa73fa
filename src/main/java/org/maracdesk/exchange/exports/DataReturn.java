package org.maracdesk.exchange.exports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.maracdesk.casework.ReferralFlag;

/**
 * The quarterly return in the SafeLives shape (MARAC.md §2.11), counted per listing: a case
 * discussed at two meetings in the period counts twice, as SafeLives counts cases discussed.
 *
 * @param counts the figures by measure name (see {@link Measures}); a measure left out counts 0
 * @param adultWomen the area's female population aged 16 and over, or null when not configured
 */
public record DataReturn(LocalDate from, LocalDate to, Map<String, Long> counts, Map<String, Long> referralsByAgency,
                         Long adultWomen) {

    /** Counts from 1 to 4 are withheld so no one can be recognised from a small number. */
    public static final int SUPPRESS_BELOW = 5;
    /** How a withheld figure is printed: the same for every withheld figure (see {@link ReturnSuppression}). */
    public static final String WITHHELD = "[c]";
    static final String FROM = "referrals_from_";
    static final String NON_POLICE = "referrals_non_police";
    static final String RATE = "cases_per_10000_adult_women_per_year";

    public DataReturn {
        counts = Map.copyOf(counts);
        referralsByAgency = Map.copyOf(referralsByAgency);
    }

    public static boolean suppressed(long n) {
        return n > 0 && n < SUPPRESS_BELOW;
    }

    /** One figure on its own: withheld when from 1 to 4. */
    public static String shown(long n) {
        return suppressed(n) ? WITHHELD : Long.toString(n);
    }

    /** The count of one measure (0 when not counted). */
    public long count(String measure) {
        return counts.getOrDefault(measure, 0L);
    }

    public long casesDiscussed() {
        return count(Measures.CASES);
    }

    public long repeats() {
        return count(Measures.REPEATS);
    }

    /** Children in the households of the cases discussed. */
    public long children() {
        return count(Measures.CHILDREN);
    }

    public long male() {
        return count(Measures.MALE);
    }

    public long aged16to17() {
        return count(Measures.AGED_16_17);
    }

    public long nonPoliceReferrals() {
        return referralsByAgency.entrySet().stream().filter(e -> !e.getKey().equals("police"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * What a figure counts, in words, for the document and the Reports screen (from the
     * documents bundle).
     */
    public static String definition(String measure) {
        if (measure.equals(FROM + ReturnSuppression.OTHER)) {
            return DocumentText.text("return.definition.referralsFromOther");
        }
        if (measure.startsWith(FROM)) {
            return DocumentText.text("return.definition.referralsFrom");
        }
        if (measure.startsWith(Measures.FLAG)) {
            return DocumentText.text("return.definition.flag");
        }
        String key = "return.definition." + measure;
        return DocumentText.has(key) ? DocumentText.text(key) : "";
    }

    /**
     * The figures withheld from this return: counts from 1 to 4, and figures that would let one
     * be worked out ({@link ReturnSuppression}).
     */
    public Set<String> withheld() {
        Set<String> out = new TreeSet<>();
        for (List<String> row : rows()) {
            if (row.get(1).equals(WITHHELD)) {
                out.add(row.get(0));
            }
        }
        return out;
    }

    /** Percentage of cases discussed, one decimal; blank when either figure is withheld or there are no cases. */
    private String percent(Long n, boolean totalWithheld) {
        if (n == null || totalWithheld || casesDiscussed() == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f", 100.0 * n / casesDiscussed());
    }

    /** Cases discussed per 10,000 adult women, scaled to a year (SafeLives recommends about 40). */
    public String casesPer10000AdultWomenPerYear() {
        if (adultWomen == null || adultWomen <= 0 || suppressed(casesDiscussed())) {
            return "";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        return String.format(Locale.ROOT, "%.1f", casesDiscussed() * 10_000.0 / adultWomen * 365.0 / days);
    }

    /** The rows of the CSV and PDF: measure, number (or {@link #WITHHELD}), percentage of cases discussed. */
    public List<List<String>> rows() {
        long total = casesDiscussed();
        boolean totalWithheld = suppressed(total);
        Map<String, Long> published = new LinkedHashMap<>();
        published.put(Measures.CASES, totalWithheld ? null : total);
        published.put(Measures.REPEATS, single(Measures.REPEATS));
        published.putAll(ReturnSuppression.group(total, parts(Measures.WITH_CHILDREN, Measures.WITHOUT_CHILDREN)));
        published.put(Measures.CHILDREN, single(Measures.CHILDREN));
        published.putAll(ReturnSuppression.group(total, parts(Measures.FEMALE, Measures.MALE, Measures.OTHER_GENDER)));
        for (String m : List.of(Measures.AGED_16_17, Measures.BAME, Measures.LGBT, Measures.DISABLED,
                Measures.PERPETRATOR_17)) {
            published.put(m, single(m));
        }
        for (ReferralFlag f : ReferralFlag.values()) {
            published.put(Measures.flag(f), single(Measures.flag(f)));
        }
        published.putAll(ReturnSuppression.sources(total, referralsByAgency));
        List<List<String>> rows = new ArrayList<>();
        published.forEach((measure, n) -> rows.add(List.of(measure, n == null ? WITHHELD : Long.toString(n),
                measure.equals(Measures.CASES) || measure.equals(Measures.CHILDREN) ? "" : percent(n, totalWithheld))));
        rows.add(List.of(RATE, casesPer10000AdultWomenPerYear(), ""));
        return rows;
    }

    private Long single(String measure) {
        long n = count(measure);
        return suppressed(n) ? null : n;
    }

    private Map<String, Long> parts(String... measures) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String m : measures) {
            out.put(m, count(m));
        }
        return out;
    }
}
