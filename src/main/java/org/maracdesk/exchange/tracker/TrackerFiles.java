package org.maracdesk.exchange.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maracdesk.exchange.referrals.CsvParser;

/**
 * Reads a tracker: XLSX (by its zip signature) or CSV. CSV may be UTF-8 with or without a byte-order
 * mark, or Windows-1252 (what Excel's plain "CSV" writes on Windows); comma- or semicolon-separated
 * (the header line decides). The first non-blank row is the header; blank rows are skipped.
 */
public final class TrackerFiles {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TrackerFiles() {
    }

    /** @param sheet the XLSX sheet's name, or null for the first; must be null for CSV */
    public static TrackerSheet read(Path file, String sheet) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (zip) {
            return TrackerXlsx.read(file, sheet);
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw new TrackerFileException("the file is an old Excel workbook (.xls); open it in Excel and save it as"
                    + " .xlsx or CSV");
        }
        if (sheet != null) {
            throw new TrackerFileException("--sheet: the file is CSV, which has no sheets");
        }
        return csv(decode(Files.readAllBytes(file)));
    }

    static TrackerSheet csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvParser.Row> rows;
        try {
            rows = CsvParser.parse(body, delimiter(body));
        } catch (CsvParser.CsvSyntaxException e) {
            throw new TrackerFileException("line " + e.line() + ": " + e.getMessage());
        }
        List<TrackerSheet.Row> out = new ArrayList<>();
        List<String> header = null;
        for (CsvParser.Row r : rows) {
            if (r.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = header(r.fields());
                continue;
            }
            out.add(new TrackerSheet.Row(r.line(), r.fields().stream().map(TrackerCell::text).toList()));
        }
        if (header == null) {
            throw new TrackerFileException("the file is empty; the first row must name the columns");
        }
        return new TrackerSheet(header, out);
    }

    static List<String> header(List<String> names) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i) == null ? "" : names.get(i).strip();
            String name = n.isEmpty() ? "Column " + (i + 1) : n;
            while (header.contains(name)) {
                name = name + " (" + (i + 1) + ")";
            }
            header.add(name);
        }
        return header;
    }

    /** Semicolon when the first line holds more semicolons than commas outside quotes, else comma. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (which every byte sequence is, nearly). */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
