package org.maracdesk.exchange.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with CRLF line ends, starting with a byte-order mark ({@link #BOM}) so
 * that Excel on Windows reads it as UTF-8 (without it, accented names come out garbled). A cell starting with = + - @, a tab or a carriage
 * return is prefixed with an apostrophe so a spreadsheet never runs it as a formula.
 */
public final class Csv {
    /** The UTF-8 byte-order mark every CSV export starts with. */
    public static final char BOM = '\uFEFF';

    private Csv() {
    }

    public static void write(OutputStream target, List<String> header, List<List<String>> rows) throws IOException {
        Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        w.write(BOM);
        line(w, header);
        for (List<String> r : rows) {
            line(w, r);
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
