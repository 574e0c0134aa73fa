package org.maracdesk.exchange.exports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The same table a CSV export holds, as one XLSX worksheet (FastExcel, decision 0027), streamed to
 * {@code target} (the export encryption when on): ISO dates become date cells, numbers number cells,
 * everything else text, so nothing is run as a formula. The header row is bold and frozen.
 */
public final class Xlsx {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Xlsx() {
    }

    public static void write(OutputStream target, String sheet, List<String> header, List<List<String>> rows)
            throws IOException {
        // FastExcel closes the stream it is given; the caller closes (and so finishes the encryption of) ours
        OutputStream kept = new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        Workbook wb = new Workbook(kept, "MARAC Desk", "1.0");
        Worksheet ws = wb.newWorksheet(sheet);
        for (int c = 0; c < header.size(); c++) {
            ws.inlineString(0, c, header.get(c));
            ws.style(0, c).bold().set();
        }
        ws.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r + 1, c, row.get(c));
            }
        }
        wb.finish();
    }

    private static void cell(Worksheet ws, int r, int c, String v) {
        if (v == null || v.isEmpty()) {
            return;
        }
        if (ISO_DATE.matcher(v).matches()) {
            try {
                ws.value(r, c, LocalDate.parse(v));
                ws.style(r, c).format("yyyy-mm-dd").set();
                return;
            } catch (DateTimeParseException e) {
                // not a real date: kept as text below
            }
        }
        if (NUMBER.matcher(v).matches()) {
            ws.value(r, c, new BigDecimal(v));
            return;
        }
        ws.inlineString(r, c, v);
    }
}
