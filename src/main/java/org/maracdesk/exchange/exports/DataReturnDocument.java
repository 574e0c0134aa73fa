package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The data return as CSV (measure, number, percent_of_cases) or PDF. */
final class DataReturnDocument {
    static final List<String> CSV_HEADER = List.of("measure", "number", "percent_of_cases");

    private DataReturnDocument() {
    }

    static void csv(DataReturn r, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("period_from", r.from().toString(), ""));
        rows.add(List.of("period_to", r.to().toString(), ""));
        rows.addAll(r.rows());
        Csv.write(out, CSV_HEADER, rows);
    }

    static void pdf(DataReturn r, PdfReport pdf) throws IOException {
        pdf.title("MARAC data return — " + r.from() + " to " + r.to());
        pdf.paragraph("In the shape of the SafeLives MARAC dataset. Counted per case discussed (a case heard at two"
                + " meetings counts twice). Numbers from 1 to 4 are shown as \"<5\" and their percentages left out.");
        List<String[]> rows = new ArrayList<>();
        for (List<String> row : r.rows()) {
            rows.add(new String[] {label(row.get(0)), row.get(1).isEmpty() ? "–" : row.get(1),
                row.get(2).isEmpty() ? "" : row.get(2) + "%"});
        }
        pdf.table(new String[] {"Measure", "Number", "% of cases"}, new float[] {0.6f, 0.2f, 0.2f}, rows);
        if (r.adultWomen() == null) {
            pdf.paragraph("Cases per 10,000 adult women: not computed, as no population was given.");
        } else {
            pdf.paragraph("Cases per 10,000 adult women, scaled to a year, from an adult female population of "
                    + r.adultWomen() + " (SafeLives recommends about 40).");
        }
    }

    private static String label(String measure) {
        if (measure.startsWith("referrals_from_")) {
            return "Referrals from " + AgencyNames.name(measure.substring("referrals_from_".length()));
        }
        return switch (measure) {
            case "cases_discussed" -> "Cases discussed";
            case "repeat_cases" -> "Repeat cases";
            case "children_in_households" -> "Children in the households";
            case "victims_bame" -> "Victims Black, Asian or racially minoritised";
            case "victims_lgbt" -> "Victims LGBT+";
            case "victims_disabled" -> "Victims with a disability";
            case "victims_male" -> "Male victims";
            case "victims_aged_16_17" -> "Victims aged 16–17";
            case "perpetrator_aged_17_or_under" -> "Person causing harm aged 17 or under";
            case "referrals_non_police" -> "Referrals from partner agencies (not police)";
            case "cases_per_10000_adult_women_per_year" -> "Cases per 10,000 adult women (per year)";
            default -> measure;
        };
    }
}
