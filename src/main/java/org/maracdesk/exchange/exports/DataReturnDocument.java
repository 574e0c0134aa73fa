package org.maracdesk.exchange.exports;

import static org.maracdesk.exchange.exports.DocumentText.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The data return as CSV or XLSX (measure, number, percent_of_cases, definition) or PDF, each figure with what it counts. */
final class DataReturnDocument {
    static final List<String> CSV_HEADER = List.of("measure", "number", "percent_of_cases", "definition");
    private static final String REFERRALS_FROM = "referrals_from_";

    private DataReturnDocument() {
    }

    static void table(DataReturn r, ExportFormat format, OutputStream out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("period_from", r.from().toString(), "", text("return.definition.period_from")));
        rows.add(List.of("period_to", r.to().toString(), "", text("return.definition.period_to")));
        for (List<String> row : r.rows()) {
            rows.add(List.of(row.get(0), row.get(1), row.get(2), DataReturn.definition(row.get(0))));
        }
        if (format == ExportFormat.XLSX) {
            Xlsx.write(out, "Data return", CSV_HEADER, rows);
        } else {
            Csv.write(out, CSV_HEADER, rows);
        }
    }

    static void pdf(DataReturn r, AgencyNames agencies, PdfReport pdf) throws IOException {
        pdf.title(text("return.title", r.from(), r.to()));
        pdf.paragraph(text("return.intro"));
        List<String[]> rows = new ArrayList<>();
        for (List<String> row : r.rows()) {
            rows.add(new String[] {label(row.get(0), agencies), row.get(1).isEmpty() ? text("doc.none") : row.get(1),
                row.get(2).isEmpty() ? "" : text("return.percent", row.get(2)), DataReturn.definition(row.get(0))});
        }
        pdf.table(new String[] {text("return.col.measure"), text("return.col.number"), text("return.col.percent"),
            text("return.col.definition")}, new float[] {0.3f, 0.1f, 0.1f, 0.5f}, rows);
        pdf.paragraph(text("return.withheld", DataReturn.WITHHELD));
        pdf.paragraph(r.adultWomen() == null ? text("return.rate.none")
                : text("return.rate.population", r.adultWomen().toString()));
    }

    private static String label(String measure, AgencyNames agencies) {
        if (measure.equals(REFERRALS_FROM + ReturnSuppression.OTHER)) {
            return text("return.measure.referralsFromOther");
        }
        if (measure.startsWith(REFERRALS_FROM)) {
            return text("return.measure.referralsFrom", agencies.name(measure.substring(REFERRALS_FROM.length())));
        }
        return DocumentText.has("return.measure." + measure) ? text("return.measure." + measure) : measure;
    }
}
