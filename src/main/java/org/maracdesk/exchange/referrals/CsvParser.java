package org.maracdesk.exchange.referrals;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas, quotes or
 * line breaks, a quote inside a quoted field written twice. Line breaks may be CRLF or LF.
 * Each record keeps the line it starts on; blank lines are skipped.
 */
public final class CsvParser {

    /** A record and the line (from 1) it starts on. */
    public record Row(int line, List<String> fields) {
    }

    /** A file that is not CSV; the message names the line and never quotes the content. */
    public static final class CsvSyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        CsvSyntaxException(int line, String reason) {
            super(reason);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;

    private CsvParser(String text, char delimiter) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.delimiter = delimiter;
    }

    static List<Row> parse(String text) {
        return new CsvParser(text, ',').rows();
    }

    /** As {@link #parse(String)} with another delimiter (a semicolon, as spreadsheets in some locales write). */
    public static List<Row> parse(String text, char delimiter) {
        return new CsvParser(text, delimiter).rows();
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            List<String> fields = record();
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                rows.add(new Row(start, fields));
            }
        }
        return rows;
    }

    private List<String> record() {
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain());
            if (pos >= text.length()) {
                return fields;
            }
            char c = text.charAt(pos);
            if (c == delimiter) {
                pos++;
            } else {
                endOfLine();
                return fields;
            }
        }
    }

    private String plain() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new CsvSyntaxException(line, "a double quote inside a field that does not start with one;"
                        + " put the whole field in double quotes and write the quote twice");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int opened = line;
        pos++;
        StringBuilder b = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    b.append('"');
                    pos++;
                    continue;
                }
                if (pos < text.length() && (delimiter + "\r\n").indexOf(text.charAt(pos)) < 0) {
                    throw new CsvSyntaxException(line, "text follows the closing double quote of a field");
                }
                return b.toString();
            }
            if (c == '\n') {
                line++;
            }
            b.append(c);
        }
        throw new CsvSyntaxException(opened, "a double quote opened on this line is never closed");
    }

    private void endOfLine() {
        if (text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
